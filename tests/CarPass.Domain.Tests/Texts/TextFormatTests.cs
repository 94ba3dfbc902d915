using CarPass.Domain.Texts;

namespace CarPass.Domain.Tests.Texts;

public sealed class TextFormatTests
{
    private static readonly string[] Days = ["день", "дня", "дней"];

    [Theory]
    [InlineData(0, "дней")]
    [InlineData(1, "день")]
    [InlineData(2, "дня")]
    [InlineData(4, "дня")]
    [InlineData(5, "дней")]
    [InlineData(11, "дней")]
    [InlineData(12, "дней")]
    [InlineData(14, "дней")]
    [InlineData(21, "день")]
    [InlineData(22, "дня")]
    [InlineData(101, "день")]
    [InlineData(111, "дней")]
    [InlineData(1.5, "дня")]
    public void Russian_counts_take_one_few_or_many(double count, string expected) =>
        Assert.Equal(expected, TextFormat.For(Language.Ru).Word(count, Days));

    [Theory]
    [InlineData(1, "day")]
    [InlineData(0, "days")]
    [InlineData(2, "days")]
    [InlineData(21, "days")]
    public void English_counts_take_one_or_other(double count, string expected) =>
        Assert.Equal(expected, TextFormat.For(Language.En).Word(count, ["day", "days"]));

    [Fact]
    public void Text_already_written_out_is_shown_as_it_is()
    {
        var format = TextFormat.For(Language.Ru);

        Assert.Equal("85 400", string.Format(format, "{0:n}", "85 400"));
        Assert.Equal("2019", string.Format(format, "{0}", 2019));
    }
}
