using CarPass.Domain.Vehicles;
using CarPass.Ocr.Engine.Text;

namespace CarPass.Ocr.Extraction;

/// <summary>
/// Where a VIN may stand in recognised text: neighbouring words of one line joined to exactly 17
/// characters ("VIN: WVW ZZZ 1JZ…"), also with a "VIN" label read glued to the number taken off; and each 17-character window of a word
/// one or two characters longer (a frame edge or a stray mark read as a character), as a guess.
/// </summary>
internal static class VinWindows
{
    private const string Label = "VIN";

    public static IEnumerable<VinWindow> Of(OcrText text) =>
        text
            .Lines.SelectMany(line => new[] { Words(line, stripLabel: false), Words(line, stripLabel: true) })
            .SelectMany(Windows)
            .DistinctBy(w => (w.Raw, w.Guess));

    private static List<IReadOnlyList<OcrGlyph>> Words(IReadOnlyList<IReadOnlyList<OcrGlyph>> line, bool stripLabel) =>
        line.Select(word =>
                (IReadOnlyList<OcrGlyph>)
                    word.Where(g => char.IsAsciiLetterOrDigit(LookAlikes.Latin(char.ToUpperInvariant(g.Character))))
                        .ToList()
            )
            .Select(word => stripLabel ? StripLabel(word) : word)
            .Where(word => word.Count > 0)
            .ToList();

    private static IEnumerable<VinWindow> Windows(List<IReadOnlyList<OcrGlyph>> words)
    {
        for (var start = 0; start < words.Count; start++)
        {
            var joined = new List<OcrGlyph>();
            for (var end = start; end < words.Count && joined.Count < Vin.Length; end++)
            {
                joined.AddRange(words[end]);
                if (joined.Count == Vin.Length)
                    yield return new VinWindow(joined, Guess: false);
            }
            var word = words[start];
            if (word.Count is > Vin.Length and <= Vin.Length + 2)
                for (var offset = 0; offset + Vin.Length <= word.Count; offset++)
                    yield return new VinWindow(word.Skip(offset).Take(Vin.Length).ToList(), Guess: true);
        }
    }

    private static IReadOnlyList<OcrGlyph> StripLabel(IReadOnlyList<OcrGlyph> word)
    {
        var text = new string(word.Select(g => char.ToUpperInvariant(g.Character)).ToArray());
        return text.StartsWith(Label, StringComparison.Ordinal) ? word.Skip(Label.Length).ToList() : word;
    }
}
