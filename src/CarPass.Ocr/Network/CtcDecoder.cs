using CarPass.Ocr.Engine.Text;

namespace CarPass.Ocr.Network;

/// <summary>
/// Turns the recognition network's output (for each step across the line, a probability for every
/// class; class 0 is CTC's blank) into text with each character's alternatives. Only the classes
/// the caller allows are read (the network knows thousands of characters, a VIN uses 33), so a step
/// is the best of blank, space and the allowed characters. A character is emitted where that best
/// changes to it; its alternatives are the allowed characters at its strongest step, best first.
/// </summary>
internal static class CtcDecoder
{
    public const int Blank = 0;
    private const int AlternativesKept = 5;

    /// <param name="probabilities">Steps × classes, row after row.</param>
    /// <param name="characters">The character of each class (blank's is ignored); '\0' for a class never read.</param>
    /// <param name="stepWidth">How many pixels of the region one step covers, for the glyphs' boxes.</param>
    public static OcrText Decode(
        ReadOnlySpan<float> probabilities,
        int classes,
        IReadOnlyList<char> characters,
        OcrBox region,
        double stepWidth
    )
    {
        var steps = probabilities.Length / classes;
        var words = new List<IReadOnlyList<OcrGlyph>>();
        var word = new List<OcrGlyph>();
        var previous = Blank;
        var (start, strongest, strength) = (0, 0, 0f);
        for (var step = 0; step <= steps; step++)
        {
            var best = step < steps ? Best(probabilities.Slice(step * classes, classes), characters) : Blank;
            var p = step < steps ? probabilities[step * classes + best] : 0;
            if (best == previous && step < steps)
            {
                if (p > strength)
                    (strongest, strength) = (step, p);
                continue;
            }
            if (previous != Blank)
            {
                if (characters[previous] == ' ')
                    EndWord(words, ref word);
                else
                    word.Add(
                        Glyph(
                            probabilities.Slice(strongest * classes, classes),
                            characters,
                            Box(region, stepWidth, start, step)
                        )
                    );
            }
            (previous, start, strongest, strength) = (best, step, step, p);
        }
        EndWord(words, ref word);
        return words.Count == 0 ? OcrText.Empty : new OcrText([words]);
    }

    private static int Best(ReadOnlySpan<float> step, IReadOnlyList<char> characters)
    {
        var best = Blank;
        for (var c = 1; c < step.Length; c++)
            if (characters[c] != '\0' && step[c] > step[best])
                best = c;
        return best;
    }

    private static OcrGlyph Glyph(ReadOnlySpan<float> step, IReadOnlyList<char> characters, OcrBox box)
    {
        var choices = new List<OcrChoice>(AlternativesKept);
        for (var c = 1; c < step.Length; c++)
        {
            if (characters[c] is '\0' or ' ')
                continue;
            var choice = new OcrChoice(characters[c], step[c] * 100);
            var at = choices.FindIndex(k => k.Confidence < choice.Confidence);
            if (at >= 0)
                choices.Insert(at, choice);
            else if (choices.Count < AlternativesKept)
                choices.Add(choice);
            if (choices.Count > AlternativesKept)
                choices.RemoveAt(AlternativesKept);
        }
        return new OcrGlyph(choices, box);
    }

    private static OcrBox Box(OcrBox region, double stepWidth, int from, int to) =>
        new(
            region.Left + (int)(from * stepWidth),
            region.Top,
            region.Left + (int)Math.Ceiling(to * stepWidth),
            region.Bottom
        );

    private static void EndWord(List<IReadOnlyList<OcrGlyph>> words, ref List<OcrGlyph> word)
    {
        if (word.Count == 0)
            return;
        words.Add(word);
        word = [];
    }
}
