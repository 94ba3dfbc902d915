using CarPass.Ocr.Engine.Text;

namespace CarPass.Ocr.Extraction;

/// <summary>
/// Where a code of a given length (a VIN, a plate) may stand in recognised text: neighbouring words
/// of one line joined to exactly that length ("VIN: WVW ZZZ 1JZ…"), also with a label read glued to
/// the number taken off; and each window of that length in a word one or two characters longer (a
/// frame edge or a stray mark read as a character), as a guess.
/// </summary>
internal static class GlyphWindows
{
    public static IEnumerable<GlyphWindow> Of(OcrText text, int length, string? label = null) =>
        text
            .Lines.SelectMany(line => new[] { Words(line, null), Words(line, label) })
            .SelectMany(words => Windows(words, length))
            .DistinctBy(w => (w.Latin, w.Guess));

    private static List<IReadOnlyList<OcrGlyph>> Words(IReadOnlyList<IReadOnlyList<OcrGlyph>> line, string? label) =>
        line.Select(word =>
                (IReadOnlyList<OcrGlyph>)
                    word.Where(g => char.IsAsciiLetterOrDigit(LookAlikes.Latin(char.ToUpperInvariant(g.Character))))
                        .ToList()
            )
            .Select(word => label is null ? word : StripLabel(word, label))
            .Where(word => word.Count > 0)
            .ToList();

    private static IEnumerable<GlyphWindow> Windows(List<IReadOnlyList<OcrGlyph>> words, int length)
    {
        for (var start = 0; start < words.Count; start++)
        {
            var joined = new List<OcrGlyph>();
            for (var end = start; end < words.Count && joined.Count < length; end++)
            {
                joined.AddRange(words[end]);
                if (joined.Count == length)
                    yield return new GlyphWindow(joined, Guess: false);
            }
            var word = words[start];
            if (word.Count > length && word.Count <= length + 2)
                for (var offset = 0; offset + length <= word.Count; offset++)
                    yield return new GlyphWindow(word.Skip(offset).Take(length).ToList(), Guess: true);
        }
    }

    private static IReadOnlyList<OcrGlyph> StripLabel(IReadOnlyList<OcrGlyph> word, string label)
    {
        var text = new string(word.Select(g => char.ToUpperInvariant(g.Character)).ToArray());
        return text.StartsWith(label, StringComparison.Ordinal) ? word.Skip(label.Length).ToList() : word;
    }
}
