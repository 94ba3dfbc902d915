using CarPass.Domain.Ocr;
using CarPass.Domain.Vehicles;

namespace CarPass.Ocr.Extraction;

/// <summary>Finds VINs in recognised text, fixes look-alikes and lets the check digit choose between readings.</summary>
public static class VinExtractor
{
    private const string VinPrefix = "VIN";

    public static IReadOnlyList<OcrCandidate> Extract(string text, int currentYear)
    {
        var lines = TextTokens.Lines(text).Select(line => line.Select(StripLabel).Where(t => t.Length > 0).ToList());
        var readings = lines
            .SelectMany(line =>
                TextTokens.Spans(line, Vin.Length, Vin.Length).Select(r => new VinReading(Fix(r), false))
            )
            .Concat(lines.SelectMany(Windows).Select(r => new VinReading(Fix(r), true)))
            .Where(r => IsVinShaped(r.Text))
            .DistinctBy(r => r.Text);
        return VinRanking.Rank(readings, currentYear);
    }

    // A frame edge or a stray mark read as one more character: each 17-character window of a
    // slightly longer token is a guess, kept only when its check digit confirms it.
    private static IEnumerable<string> Windows(IReadOnlyList<string> tokens) =>
        tokens
            .Where(t => t.Length is > Vin.Length and <= Vin.Length + 2)
            .SelectMany(t =>
                Enumerable.Range(0, t.Length - Vin.Length + 1).Select(start => t.Substring(start, Vin.Length))
            );

    private static string Fix(string reading) => VinLookAlikes.FixSerialDigits(VinLookAlikes.FixAlwaysWrong(reading));

    private static string StripLabel(string token) =>
        token.StartsWith(VinPrefix, StringComparison.Ordinal) && token.Length >= Vin.Length + VinPrefix.Length
            ? token[VinPrefix.Length..]
        : token == VinPrefix ? ""
        : token;

    private static bool IsVinShaped(string reading) =>
        reading.Length == Vin.Length && reading.All(c => c is >= 'A' and <= 'Z' or >= '0' and <= '9');
}
