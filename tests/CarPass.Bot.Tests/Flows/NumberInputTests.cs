using System.Globalization;
using CarPass.Bot.Flows.Wizards;
using CarPass.Bot.Input;

namespace CarPass.Bot.Tests.Flows;

/// <summary>Decimal commas, thousands separators and the server's culture (docs/BOT.md, "Numbers").</summary>
public sealed class NumberInputTests
{
    [Theory]
    [InlineData("1,500", 1.5, 1500.0)]
    [InlineData("12,000", 12.0, 12000.0)]
    [InlineData("1.500", 1.5, 1500.0)]
    [InlineData("999,999", 999.999, 999999.0)]
    [InlineData("1 000,500", 1000.5, 1000500.0)]
    [InlineData("-1,500", -1.5, -1500.0)]
    public void A_single_comma_or_dot_before_three_digits_is_not_guessed(
        string typed,
        double asDecimal,
        double asThousands
    ) => Assert.Equal(new NumberReading.Ambiguous(asDecimal, asThousands), NumberInput.Read(typed));

    [Theory]
    [InlineData("1,5", 1.5)]
    [InlineData("45,67", 45.67)]
    [InlineData("0,500", 0.5)]
    [InlineData("1234,567", 1234.567)]
    [InlineData("1,5000", 1.5)]
    [InlineData("1.500,5", 1500.5)]
    [InlineData("1,500.5", 1500.5)]
    [InlineData("1 500", 1500.0)]
    [InlineData("1'500", 1500.0)]
    [InlineData("1,500,000", 1500000.0)]
    [InlineData("1.500.000", 1500000.0)]
    [InlineData("1 234 567,8", 1234567.8)]
    [InlineData(",5", 0.5)]
    public void A_separator_that_cannot_group_thousands_is_the_decimal_one(string typed, double expected) =>
        Assert.Equal(new NumberReading.Number(expected), NumberInput.Read(typed));

    [Theory]
    [InlineData("1,50,0")]
    [InlineData("1.500.5")]
    [InlineData("1,500,5")]
    [InlineData("1.500,000.5")]
    [InlineData("1 2 3 4 5 6 7")]
    [InlineData("12 34")]
    [InlineData("1,5.3")]
    [InlineData(",")]
    public void Broken_groups_are_not_numbers(string typed) =>
        Assert.IsType<NumberReading.NotANumber>(NumberInput.Read(typed));

    [Theory]
    [InlineData("84,500", 84500.0)]
    [InlineData("84.500", 84500.0)]
    [InlineData("2,019", 2019.0)]
    [InlineData("84 500", 84500.0)]
    public void A_whole_number_reads_a_comma_before_three_digits_as_thousands_when_nothing_else_fits(
        string typed,
        double expected
    ) => Assert.Equal(new NumberReading.Number(expected), NumberInput.ReadWhole(typed));

    [Fact]
    public void A_whole_number_still_asks_when_both_readings_are_whole()
    {
        Assert.Equal(new NumberReading.Ambiguous(1, 1000), NumberInput.ReadWhole("1,000"));
        Assert.IsType<NumberReading.NotANumber>(NumberInput.ReadWhole("84,5"));
    }

    [Theory]
    [InlineData("ru-RU")]
    [InlineData("de-DE")]
    [InlineData("fr-FR")]
    [InlineData("en-US")]
    [InlineData("ur-PK")]
    public void Reading_and_storing_numbers_does_not_depend_on_the_servers_culture(string culture)
    {
        var before = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(culture);
        try
        {
            var draft = new Draft(
                new()
                {
                    ["km"] = "84500",
                    ["litres"] = "45.67",
                    ["cost"] = "1500",
                    ["delta"] = "-3",
                }
            );

            Assert.Equal(new NumberReading.Number(45.67), NumberInput.Read("45,67"));
            Assert.Equal(new NumberReading.Number(1500.5), NumberInput.Read("1.500,5"));
            Assert.Equal(new NumberReading.Ambiguous(1.5, 1500), NumberInput.Read("1,500"));
            Assert.Equal("45.67", NumberInput.Format(45.67));
            Assert.Equal(84500, draft.Int("km"));
            Assert.Equal(-3, draft.Int("delta"));
            Assert.Equal(1500L, draft.Long("cost"));
            Assert.Equal(45.67, draft.Number("litres"));
        }
        finally
        {
            CultureInfo.CurrentCulture = before;
        }
    }
}
