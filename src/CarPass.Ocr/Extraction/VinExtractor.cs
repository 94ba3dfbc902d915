using CarPass.Domain.Ocr;
using CarPass.Domain.Vehicles;

namespace CarPass.Ocr.Extraction;

/// <summary>Finds VINs in recognised text, fixes look-alikes and lets the check digit choose between readings.</summary>
public static class VinExtractor
{
    private const string VinPrefix = "VIN";

    public static IReadOnlyList<OcrCandidate> Extract(string text, int currentYear)
    {
        var readings = TextTokens
            .Lines(text)
            .SelectMany(line => Readings(line.Select(StripLabel).Where(t => t.Length > 0).ToList()))
            .Select(VinLookAlikes.FixAlwaysWrong)
            .Where(IsVinShaped)
            .Select(VinLookAlikes.FixSerialDigits)
            .Distinct();
        return VinRanking.Rank(readings, currentYear);
    }

    // Exactly 17 characters from neighbouring tokens first; then 17-character windows of a longer
    // token, where a frame edge or a stray mark was read as one more character.
    private static IEnumerable<string> Readings(IReadOnlyList<string> tokens)
    {
        foreach (var span in TextTokens.Spans(tokens, Vin.Length, Vin.Length))
            yield return span;
        foreach (var token in tokens.Where(t => t.Length is > Vin.Length and <= Vin.Length + 2))
        {
            for (var start = 0; start + Vin.Length <= token.Length; start++)
                yield return token.Substring(start, Vin.Length);
        }
    }

    private static string StripLabel(string token) =>
        token.StartsWith(VinPrefix, StringComparison.Ordinal) && token.Length >= Vin.Length + VinPrefix.Length
            ? token[VinPrefix.Length..]
        : token == VinPrefix ? ""
        : token;

    private static bool IsVinShaped(string reading) =>
        reading.Length == Vin.Length && reading.All(c => c is >= 'A' and <= 'Z' or >= '0' and <= '9');
}
