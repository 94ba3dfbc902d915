using CarPass.Domain.Ocr;
using CarPass.Ocr.Engine.Text;

namespace CarPass.Ocr.Extraction;

/// <summary>
/// A certificate's VIN from the Latin pass: the words after the "(VIN)" label on its line. The
/// Russian labels turn to noise in Latin, so only the labelled line is trusted.
/// </summary>
internal static class LabelledVin
{
    public static IReadOnlyList<OcrCandidate> Extract(OcrText latin, int currentYear)
    {
        foreach (var line in latin.Lines)
        {
            var label = line.ToList().FindIndex(IsLabel);
            if (label < 0)
                continue;
            var found = VinExtractor.Extract(new OcrText([line.Skip(label + 1).ToList()]), currentYear);
            if (found.Count > 0)
                return found;
        }
        return [];
    }

    private static bool IsLabel(IReadOnlyList<OcrGlyph> word)
    {
        var text = new string(word.Select(g => char.ToUpperInvariant(g.Character)).ToArray());
        return text.EndsWith("VIN", StringComparison.Ordinal) || text.EndsWith("V1N", StringComparison.Ordinal);
    }
}
