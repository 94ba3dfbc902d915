using CarPass.Domain.Ocr;
using CarPass.Domain.Vehicles;
using CarPass.Ocr.Engine.Text;

namespace CarPass.Ocr.Extraction;

/// <summary>
/// Finds Russian plates in recognised text with each character's alternatives: 8 or 9 characters
/// in a row (<see cref="GlyphWindows"/>; a window cut from a longer word is not read: a stray mark
/// after the region is the text rules' case, <see cref="RussianPlateExtractor"/>) decoded under the plate's rules (<see cref="PlateDecoder"/>).
/// Given several readings of one image, a plate's cost is the sum of what each says of it. A plate
/// is valid only when no other reading comes within <see cref="DoubtMargin"/> of it, and little was
/// changed; otherwise up to three are offered, none valid.
/// </summary>
public static class GostPlateExtractor
{
    /// <summary>How much likelier (natural log) the best reading must be than the next to be offered as sure.</summary>
    public const double DoubtMargin = 3.0;

    /// <summary>A reading that needed a look-alike of another class the model did not weigh is never sure.</summary>
    public const double MostSureCost = 5.0;

    private const int ProposalsPerWindow = 6;
    private const int MostCandidates = 3;

    public static IReadOnlyList<OcrCandidate> Extract(IReadOnlyList<OcrText> readings)
    {
        var windows = readings
            .Select(r => Lengths.SelectMany(length => GlyphWindows.Of(r, length)).Where(w => !w.Guess).ToList())
            .ToList();
        var proposals = windows
            .SelectMany(pass => pass)
            .SelectMany(window => PlateDecoder.Decode(window.Glyphs).Take(ProposalsPerWindow).Select(h => h.Text))
            .Distinct()
            .Where(text => Plate.Validate(text, Plate.RussiaCountry).IsSuccess)
            .Select(text => (Text: text, Cost: GlyphAlternatives.OverReadings(windows, text, PlateOptions.Cost)))
            .OrderBy(p => p.Cost)
            .ToList();
        if (proposals.Count == 0)
            return [];
        var best = proposals[0].Cost;
        var contenders = proposals.TakeWhile(p => p.Cost - best < DoubtMargin).Take(MostCandidates).ToList();
        var sure = contenders.Count == 1 && best <= MostSureCost;
        return contenders
            .Select(p => new OcrCandidate(OcrField.Plate, p.Text, sure, OcrReasons.GostPlate, Plate.RussiaCountry))
            .ToList();
    }

    private static readonly int[] Lengths = [PlateShape.SeriesLength + 2, PlateShape.SeriesLength + 3];
}
