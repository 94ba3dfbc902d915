using CarPass.Ocr.Engine.Text;

namespace CarPass.Ocr.Extraction;

/// <summary>
/// A certificate's VIN line: the words after the "(VIN)" label. Read with the Latin model the
/// Russian labels turn to noise, so only the labelled line is trusted.
/// </summary>
internal static class LabelledVin
{
    /// <summary>The words after the label on the first line that has one; null when no line has.</summary>
    public static OcrText? Line(OcrText text)
    {
        foreach (var line in text.Lines)
        {
            var label = line.ToList().FindIndex(IsLabel);
            if (label >= 0 && label + 1 < line.Count)
                return new OcrText([line.Skip(label + 1).ToList()]);
        }
        return null;
    }

    private static bool IsLabel(IReadOnlyList<OcrGlyph> word)
    {
        var text = new string(
            word.Where(g => char.IsLetterOrDigit(g.Character)).Select(g => char.ToUpperInvariant(g.Character)).ToArray()
        );
        return text.EndsWith("VIN", StringComparison.Ordinal) || text.EndsWith("V1N", StringComparison.Ordinal);
    }
}
