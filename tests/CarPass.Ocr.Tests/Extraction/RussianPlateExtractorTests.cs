using CarPass.Domain.Ocr;
using CarPass.Ocr.Extraction;

namespace CarPass.Ocr.Tests.Extraction;

public class RussianPlateExtractorTests
{
    [Theory]
    [InlineData("А 123 ВС 77", "А123ВС77")]
    [InlineData("A123BC777", "А123ВС777")]
    [InlineData("К 240 АМ | 02\nRUS", "К240АМ02")]
    [InlineData("О0О8ВВ197", "О008ВВ197")]
    [InlineData("В101КТ\n50", "В101КТ50")]
    public void Plates_are_read_in_cyrillic_with_look_alikes_fixed_by_position(string text, string expected)
    {
        var candidates = RussianPlateExtractor.Extract(text);

        Assert.Equal(expected, candidates[0].Value);
        Assert.Equal("RU", candidates[0].Country);
        Assert.Equal(OcrField.Plate, candidates[0].Kind);
        Assert.True(candidates[0].Valid);
    }

    [Theory]
    [InlineData("О906ТН231", "О906ТН23")]
    [InlineData("Х732КЕ777", "Х732КЕ777")]
    [InlineData("Х732КЕ171", "Х732КЕ17")]
    [InlineData("Х732КЕ750", "Х732КЕ750")]
    public void A_three_digit_region_is_a_code_in_use(string text, string expected)
    {
        Assert.Equal(expected, RussianPlateExtractor.Extract(text)[0].Value);
    }

    [Theory]
    [InlineData("")]
    [InlineData("Б123ВС77")]
    [InlineData("А12ВС77")]
    [InlineData("WVWZZZ1JZXW000001")]
    [InlineData("К240АМ")]
    public void Text_without_a_whole_plate_gives_no_candidates(string text)
    {
        Assert.Empty(RussianPlateExtractor.Extract(text));
    }

    [Fact]
    public void A_series_without_its_region_is_recognised_as_a_series()
    {
        Assert.True(RussianPlateExtractor.HasSeries("К 240 АМ"));
        Assert.False(RussianPlateExtractor.HasSeries("MADE IN EU"));
    }
}
