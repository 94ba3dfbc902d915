using CarPass.Domain.Ocr;
using CarPass.Ocr.Engine.Text;
using CarPass.Ocr.Extraction;

namespace CarPass.Ocr.Tests.Extraction;

/// <summary>The Russian plate decoder over characters with the LSTM's alternatives, as Tesseract's choice iterator gives them.</summary>
public class ConstrainedPlateDecoderTests
{
    [Fact]
    public void A_digit_read_as_a_letter_becomes_the_digit_the_model_weighed_not_the_letters_look_alike()
    {
        // А123ВС77 with the 2 read as В: its look-alike would be 8, but the model gave 2 some weight.
        var candidates = GostPlateExtractor.Extract([Read("А1В3ВС77", (2, '2', 40f))]);

        var best = Assert.Single(candidates);
        Assert.Equal(("А123ВС77", true, "RU"), (best.Value, best.Valid, best.Country));
    }

    [Fact]
    public void A_series_letter_is_one_of_the_twelve_plate_letters_the_model_weighed()
    {
        // D is no plate letter; the model's second choice О is.
        var candidates = GostPlateExtractor.Extract([Read("D123ВС77", (0, 'О', 30f))]);

        Assert.Equal("О123ВС77", candidates[0].Value);
    }

    [Fact]
    public void A_plate_in_doubt_is_offered_as_several_readings_none_sure()
    {
        // The region's 3 or 8: the model hesitates between them.
        var candidates = GostPlateExtractor.Extract([Read("К240АМ93", (7, '8', 90f))]);

        Assert.Equal(["К240АМ93", "К240АМ98"], candidates.Select(c => c.Value));
        Assert.All(candidates, c => Assert.False(c.Valid));
    }

    [Fact]
    public void Two_readings_of_one_image_decide_together()
    {
        // The first reading hesitates over the region's 3 or 8; the second is sure of 8.
        var first = Read("К240АМ93", (7, '8', 90f));
        var second = Read("К240АМ98");

        var best = Assert.Single(GostPlateExtractor.Extract([first, second]));

        Assert.Equal(("К240АМ98", true), (best.Value, best.Valid));
    }

    [Theory]
    [InlineData("Х732КЕ171")]
    [InlineData("Х732КЕ000")]
    public void A_three_digit_region_not_in_use_is_no_plate(string text)
    {
        Assert.Empty(GostPlateExtractor.Extract([Read(text)]));
    }

    [Fact]
    public void A_three_digit_region_in_use_is_read_whole()
    {
        var best = GostPlateExtractor.Extract([Read("Х732КЕ750")])[0];

        Assert.Equal(("Х732КЕ750", true, OcrReasons.GostPlate), (best.Value, best.Valid, best.Reason));
    }

    [Fact]
    public void Text_without_a_plate_gives_no_candidates()
    {
        Assert.Empty(GostPlateExtractor.Extract([Read("WVWZZZ1JZXW000001"), OcrText.Plain("MADE IN EU")]));
    }

    /// <summary>One word read with full confidence, except the given places' alternatives.</summary>
    private static OcrText Read(string text, params (int Index, char Character, float Confidence)[] alternatives)
    {
        var glyphs = text.Select(
                (c, i) =>
                    new OcrGlyph([
                        new OcrChoice(c, 98f),
                        .. alternatives.Where(a => a.Index == i).Select(a => new OcrChoice(a.Character, a.Confidence)),
                    ])
            )
            .ToList();
        return new OcrText([
            [glyphs],
        ]);
    }
}
