using CarPass.Domain.Ocr;
using CarPass.Domain.Vehicles;

namespace CarPass.Ocr.Extraction;

/// <summary>Finds Russian plates (GOST R 50577: А123ВС77, А123ВС777) in recognised text.</summary>
public static class RussianPlateExtractor
{
    private const int MostCandidates = 3;

    public static IReadOnlyList<OcrCandidate> Extract(string text)
    {
        var lines = TextTokens.Lines(text);
        var onOneLine = lines
            .SelectMany(line => TextTokens.Spans(line, PlateShape.SeriesLength + 2, PlateShape.SeriesLength + 4))
            .SelectMany(PlateShape.Readings);
        return onOneLine
            .Concat(SeriesWithRegionElsewhere(lines))
            .Select(value => Plate.Validate(value, Plate.RussiaCountry))
            .Select(outcome => outcome.Value)
            .OfType<PlateNumber>()
            .DistinctBy(plate => plate.Value)
            .Take(MostCandidates)
            .Select(plate => new OcrCandidate(OcrField.Plate, plate.Value, true, OcrReasons.GostPlate, plate.Country))
            .ToList();
    }

    /// <summary>Whether the text holds a plate series (А123ВС) even if its region was not read.</summary>
    public static bool HasSeries(string text) => Series(TextTokens.Lines(text)).Any();

    // The region sits in its own box: recognition may put "77" (and "RUS") on a line of its own.
    // Only tokens read as digits count there: a letter turned digit would be a guess on a guess.
    private static IEnumerable<string> SeriesWithRegionElsewhere(IReadOnlyList<IReadOnlyList<string>> lines)
    {
        var series = Series(lines).ToList();
        var regions = lines.Where(line => !Series([line]).Any()).SelectMany(line => line).Where(PlateShape.IsRegion);
        return regions.SelectMany(region => series.Select(s => s + region));
    }

    private static IEnumerable<string> Series(IReadOnlyList<IReadOnlyList<string>> lines) =>
        lines
            .SelectMany(line => TextTokens.Spans(line, PlateShape.SeriesLength, PlateShape.SeriesLength))
            .Select(PlateShape.Fix)
            .Where(PlateShape.IsSeries);
}
