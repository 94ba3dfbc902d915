using CarPass.Domain.Ocr;
using CarPass.Domain.Vehicles;

namespace CarPass.Ocr.Extraction;

/// <summary>
/// The fallback for plates of other countries: a short group of Latin letters and digits. The
/// country is taken from the plate's distinguishing sign when one was read, else left for the owner.
/// </summary>
public static class ForeignPlateExtractor
{
    private const int MinLength = 4;
    private const int MaxLength = 8;
    private const int MaxGroupLength = 5;
    private const int MostCandidates = 2;

    public static IReadOnlyList<OcrCandidate> Extract(string text) =>
        TextTokens
            .Lines(text)
            .SelectMany(FromLine)
            .DistinctBy(c => c.Value)
            .OrderByDescending(c => c.Valid)
            .Take(MostCandidates)
            .ToList();

    // A plate is a line of its own: short groups ("B AB 1234", "AB-123-CD"), nothing else on it.
    private static IEnumerable<OcrCandidate> FromLine(IReadOnlyList<string> tokens)
    {
        var country = tokens.Count > 1 ? CountrySigns.Find(tokens[0]) : null;
        var groups = country is null ? tokens : tokens.Skip(1).ToList();
        var value = string.Concat(groups);
        if (
            groups.Any(g => g.Length > MaxGroupLength)
            || value.Length is < MinLength or > MaxLength
            || !IsPlateLike(value)
        )
            yield break;
        var valid = country is not null && Plate.Validate(value, country).IsSuccess;
        yield return new OcrCandidate(OcrField.Plate, value, valid, OcrReasons.PlatePattern, country);
    }

    private static bool IsPlateLike(string value) =>
        value.All(c => c is >= 'A' and <= 'Z' or >= '0' and <= '9')
        && value.Any(char.IsAsciiDigit)
        && value.Any(char.IsAsciiLetter);
}
