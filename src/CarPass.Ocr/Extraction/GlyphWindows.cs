using CarPass.Ocr.Engine.Text;

namespace CarPass.Ocr.Extraction;

/// <summary>
/// Where a code of a given length (a VIN, a plate) may stand in recognised text: neighbouring words
/// of one line joined to exactly that length ("VIN: WVW ZZZ 1JZ…"), also with a label read glued to
/// the number taken off; and, as a guess, a word one character longer with one character left out
/// (at an end, a stray stroke read as an I, one glyph read as two look-alikes), or each window of
/// that length in a word two characters longer.
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
            if (word.Count == length + 1)
                for (var dropped = 0; dropped < word.Count; dropped++)
                    if (Droppable(word, dropped))
                        yield return new GlyphWindow(word.Where((_, i) => i != dropped).ToList(), Guess: true);
            if (word.Count == length + 2)
                for (var offset = 0; offset + length <= word.Count; offset++)
                    yield return new GlyphWindow(word.Skip(offset).Take(length).ToList(), Guess: true);
        }
    }

    // A character at either end (a frame edge), a thin stroke read as its own character, or the
    // look-alike of its neighbour (one 5 read as "S5").
    private static bool Droppable(IReadOnlyList<OcrGlyph> word, int index)
    {
        if (index == 0 || index == word.Count - 1)
            return true;
        var character = Upper(word[index]);
        return character is 'I' or '1' or 'L' or 'J' or 'O' or 'Q'
            || LookAlikes.Of(character) is { } other
                && (Upper(word[index - 1]) == other || Upper(word[index + 1]) == other);
    }

    private static char Upper(OcrGlyph glyph) => LookAlikes.Latin(char.ToUpperInvariant(glyph.Character));

    private static IReadOnlyList<OcrGlyph> StripLabel(IReadOnlyList<OcrGlyph> word, string label)
    {
        var text = new string(word.Select(g => char.ToUpperInvariant(g.Character)).ToArray());
        return text.StartsWith(label, StringComparison.Ordinal) ? word.Skip(label.Length).ToList() : word;
    }
}
