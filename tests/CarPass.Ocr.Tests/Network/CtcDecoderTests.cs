using CarPass.Ocr.Engine.Text;
using CarPass.Ocr.Network;

namespace CarPass.Ocr.Tests.Network;

/// <summary>The line network's output read as text: CTC's collapsing, the characters allowed, words and alternatives.</summary>
public class CtcDecoderTests
{
    // Classes: 0 blank, 1 'A', 2 'B', 3 '8', 4 'a' (a character the caller does not allow), 5 space.
    private static readonly char[] Characters = ['\0', 'A', 'B', '8', '\0', ' '];
    private static readonly OcrBox Region = new(100, 50, 160, 80);

    [Fact]
    public void A_character_held_over_several_steps_is_read_once_and_a_blank_between_two_reads_it_twice()
    {
        var read = Decode(Step(1), Step(1), Step(0), Step(1), Step(2), Step(2));

        Assert.Equal("AAB", read.ToString());
    }

    [Fact]
    public void A_class_the_caller_does_not_allow_is_never_read_even_when_the_network_prefers_it()
    {
        var read = Decode(Step(4, second: 2), Step(0));

        Assert.Equal("B", read.ToString());
    }

    [Fact]
    public void The_space_class_separates_words()
    {
        var read = Decode(Step(1), Step(5), Step(3));

        Assert.Equal("A 8", read.ToString());
        Assert.Equal(2, read.Lines[0].Count);
    }

    [Fact]
    public void Each_character_keeps_the_allowed_alternatives_of_its_strongest_step_best_first()
    {
        var weak = new float[] { 0.1f, 0.5f, 0.1f, 0.3f, 0, 0 };
        var strong = new float[] { 0.02f, 0.6f, 0.03f, 0.35f, 0, 0 };

        var glyph = Decode(weak, strong).Lines[0][0][0];

        Assert.Equal('A', glyph.Character);
        Assert.Equal(['A', '8', 'B'], glyph.Choices.Select(c => c.Character));
        Assert.Equal(60, glyph.Confidence, precision: 3);
        Assert.Equal(35, glyph.Choices[1].Confidence, precision: 3);
    }

    [Fact]
    public void A_glyphs_box_spans_its_steps_across_the_region()
    {
        // Six steps over 60 pixels: 10 pixels a step; the B holds steps 2 and 3.
        var read = Decode(Step(1), Step(0), Step(2), Step(2), Step(0), Step(0));

        Assert.Equal(new OcrBox(120, 50, 140, 80), read.Lines[0][0][1].Box);
    }

    [Fact]
    public void Only_blanks_read_as_nothing()
    {
        Assert.True(Decode(Step(0), Step(0)).IsEmpty);
    }

    private static OcrText Decode(params float[][] steps)
    {
        var probabilities = steps.SelectMany(s => s).ToArray();
        return CtcDecoder.Decode(
            probabilities,
            Characters.Length,
            Characters,
            Region,
            Region.Width / (double)steps.Length
        );
    }

    /// <summary>A step sure of one class (0.9), with a little left for another.</summary>
    private static float[] Step(int best, int second = 0)
    {
        var step = new float[Characters.Length];
        step[best] = 0.9f;
        step[second == best ? 0 : second] += 0.1f;
        return step;
    }
}
