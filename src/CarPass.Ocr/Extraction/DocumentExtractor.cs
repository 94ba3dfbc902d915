using System.Text.RegularExpressions;
using CarPass.Domain.Ocr;

namespace CarPass.Ocr.Extraction;

/// <summary>
/// Reads the fields of a Russian registration certificate (СТС) from its labels: each value stands
/// after its label on the same line. A field whose label or value is not found is not proposed.
/// </summary>
public static partial class DocumentExtractor
{
    private const int MaxTextValue = 64;

    public static IReadOnlyList<OcrCandidate> Extract(string text, int currentYear)
    {
        var lines = Lines(text);
        var candidates = new List<OcrCandidate>();
        // VINs and plates are distinctive enough to be taken from anywhere when their label was misread.
        var vins = LabelledVins(text, currentYear);
        candidates.AddRange((vins.Count > 0 ? vins : VinExtractor.Extract(text, currentYear)).Take(1));
        var plates = FirstFound(lines, PlateLabel(), RussianPlateExtractor.Extract);
        candidates.AddRange((plates.Count > 0 ? plates : RussianPlateExtractor.Extract(text)).Take(1));
        candidates.AddRange(
            FirstFound(lines, MakeModelLabel(), value => Text(OcrField.MakeModel, value, MakeModelValue()))
        );
        candidates.AddRange(FirstFound(lines, YearLabel(), value => Year(value, currentYear)));
        candidates.AddRange(FirstFound(lines, ColourLabel(), value => Text(OcrField.Colour, value, ColourValue())));
        return candidates;
    }

    /// <summary>The VIN on the line labelled "(VIN)"; for text read with the Latin model, where Cyrillic labels turn to noise.</summary>
    public static IReadOnlyList<OcrCandidate> LabelledVins(string text, int currentYear) =>
        FirstFound(Lines(text), VinLabel(), value => VinExtractor.Extract(value, currentYear));

    private static string[] Lines(string text) =>
        text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static IReadOnlyList<OcrCandidate> FirstFound(
        string[] lines,
        Regex label,
        Func<string, IReadOnlyList<OcrCandidate>> read
    ) =>
        lines
            .Select(line => label.Match(line))
            .Where(match => match.Success)
            .Select(match => read(match.Groups["value"].Value))
            .FirstOrDefault(found => found.Count > 0)
        ?? [];

    private static IReadOnlyList<OcrCandidate> Text(OcrField field, string value, Regex shape)
    {
        var match = shape.Match(value.ToUpperInvariant());
        if (!match.Success)
            return [];
        var cleaned = WhiteSpace().Replace(match.Value, " ").Trim();
        return cleaned.Length is >= 2 and <= MaxTextValue && !MixesAlphabets(cleaned)
            ? [new OcrCandidate(field, cleaned, true, OcrReasons.DocumentLabel)]
            : [];
    }

    // The Russian model reads Latin words as Cyrillic look-alikes ("LADA GRANTA" → "LADA СКАМТА"):
    // a name in two alphabets is a misreading, and no proposal is better than a wrong one.
    private static bool MixesAlphabets(string value) =>
        value.Any(char.IsAsciiLetter) && value.Any(c => c is >= 'А' and <= 'я' or 'Ё' or 'ё');

    private static IReadOnlyList<OcrCandidate> Year(string value, int currentYear)
    {
        var match = FourDigits().Match(value);
        return match.Success && int.Parse(match.Value) is var year && year >= 1886 && year <= currentYear + 1
            ? [new OcrCandidate(OcrField.Year, match.Value, true, OcrReasons.DocumentLabel)]
            : [];
    }

    [GeneratedRegex(@"(?:VIN|V1N)\W*(?<value>[A-Z0-9][A-Z0-9 ]{15,24})", RegexOptions.IgnoreCase)]
    private static partial Regex VinLabel();

    [GeneratedRegex(@"(?:Регистрационный|знак)\W*(?:знак)?\W*(?<value>.+)$", RegexOptions.IgnoreCase)]
    private static partial Regex PlateLabel();

    [GeneratedRegex(@"Марка\W*(?:модель)?\W*(?<value>.+)$", RegexOptions.IgnoreCase)]
    private static partial Regex MakeModelLabel();

    [GeneratedRegex(@"Год\W*выпуска\W*(?:ТС)?\W*(?<value>.+)$", RegexOptions.IgnoreCase)]
    private static partial Regex YearLabel();

    [GeneratedRegex(@"Цвет\W*(?:ТС)?\W*(?<value>.+)$", RegexOptions.IgnoreCase)]
    private static partial Regex ColourLabel();

    [GeneratedRegex(@"[A-ZА-ЯЁ0-9][A-ZА-ЯЁ0-9\- ]*[A-ZА-ЯЁ0-9]")]
    private static partial Regex MakeModelValue();

    [GeneratedRegex(@"[А-ЯЁ][А-ЯЁ\- ]*[А-ЯЁ]")]
    private static partial Regex ColourValue();

    [GeneratedRegex(@"(?<!\d)(18|19|20)\d\d(?!\d)")]
    private static partial Regex FourDigits();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();
}
