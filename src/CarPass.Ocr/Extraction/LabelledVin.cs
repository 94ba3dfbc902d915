using CarPass.Ocr.Engine.Text;

namespace CarPass.Ocr.Extraction;

/// <summary>
/// A certificate's VIN line: the words after the "(VIN)" label, also when the label was read glued
/// to the number ("HOMEVIN4T150…"). Read with the Latin model the Russian labels turn to noise, so
/// only the labelled line is trusted.
/// </summary>
internal static class LabelledVin
{
    private static readonly string[] Labels = ["VIN", "V1N"];

    // Characters after a glued label that make it a number rather than a longer word.
    private const int GluedNumber = 10;

    /// <summary>The words after the label on the first line that has one; null when no line has.</summary>
    public static OcrText? Line(OcrText text)
    {
        foreach (var line in text.Lines)
        {
            for (var i = 0; i < line.Count; i++)
            {
                var after = AfterLabel(line[i]);
                if (after is null)
                    continue;
                var words = after.Count > 0 ? [after, .. line.Skip(i + 1)] : line.Skip(i + 1).ToList();
                if (words.Count > 0)
                    return new OcrText([words]);
            }
        }
        return null;
    }

    /// <summary>The glyphs after the label when the word is one (empty) or ends in one glued to a number; otherwise null.</summary>
    private static IReadOnlyList<OcrGlyph>? AfterLabel(IReadOnlyList<OcrGlyph> word)
    {
        var glyphs = word.Where(g => char.IsLetterOrDigit(g.Character)).ToList();
        var text = new string(glyphs.Select(g => char.ToUpperInvariant(g.Character)).ToArray());
        foreach (var label in Labels)
        {
            if (text.EndsWith(label, StringComparison.Ordinal))
                return [];
        }
        // Glued only with the I read as I: "V1N" inside a word may be part of a VIN itself.
        var at = text.LastIndexOf(Labels[0], StringComparison.Ordinal);
        return at >= 0 && text.Length - at - Labels[0].Length >= GluedNumber
            ? glyphs.Skip(at + Labels[0].Length).ToList()
            : null;
    }
}
