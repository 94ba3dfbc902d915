using CarPass.Domain.Common;
using CarPass.Domain.Vehicles;

namespace CarPass.Domain.Tests.Vehicles;

public class PlateTests
{
    [Theory]
    [InlineData("А123ВС77", "RU", "А123ВС77")]
    [InlineData("а123вс777", "ru", "А123ВС777")]
    [InlineData("A 123 BC-77", "RU", "А123ВС77")]
    [InlineData("x001yo199", "RU", "Х001УО199")]
    [InlineData("A123BC77", null, "А123ВС77")]
    [InlineData("A123BC77", "", "А123ВС77")]
    public void Russian_plates_are_normalised_to_cyrillic(string input, string? country, string expected)
    {
        var outcome = Plate.Validate(input, country);

        Assert.True(outcome.IsSuccess, outcome.Error?.ToString());
        Assert.Equal(new PlateNumber(expected, "RU"), outcome.Value);
    }

    [Theory]
    [InlineData("А123ВС7", "RU")]
    [InlineData("А123ВС7777", "RU")]
    [InlineData("Б123ВС77", "RU")]
    [InlineData("А12ВС77", "RU")]
    [InlineData("AB123C77", "RU")]
    [InlineData("F123BC77", "RU")]
    public void Russian_plates_must_follow_the_gost_pattern(string input, string country)
    {
        var outcome = Plate.Validate(input, country);

        Assert.Equal(ErrorCodes.PlateInvalidRu, outcome.Error?.Code);
    }

    [Theory]
    [InlineData("B-AB 1234", "DE", "BAB1234", "DE")]
    [InlineData("ab12cde", "gb", "AB12CDE", "GB")]
    [InlineData("12", "FR", "12", "FR")]
    [InlineData("ABCDE12345", "FI", "ABCDE12345", "FI")]
    public void Other_countries_accept_two_to_ten_latin_letters_and_digits(
        string input,
        string country,
        string expectedValue,
        string expectedCountry
    )
    {
        var outcome = Plate.Validate(input, country);

        Assert.Equal(new PlateNumber(expectedValue, expectedCountry), outcome.Value);
    }

    [Theory]
    [InlineData(null, "RU", ErrorCodes.PlateRequired)]
    [InlineData(" - ", "DE", ErrorCodes.PlateRequired)]
    [InlineData("B AB 1234", null, ErrorCodes.PlateCountryRequired)]
    [InlineData("BAB1234", "DEU", ErrorCodes.PlateCountryInvalid)]
    [InlineData("BAB1234", "D1", ErrorCodes.PlateCountryInvalid)]
    [InlineData("1", "DE", ErrorCodes.PlateInvalid)]
    [InlineData("ABCDE123456", "DE", ErrorCodes.PlateInvalid)]
    [InlineData("АВ1234", "UA", ErrorCodes.PlateInvalid)]
    public void Invalid_plates_fail_with_a_code(string? input, string? country, string expectedCode)
    {
        var outcome = Plate.Validate(input, country);

        Assert.Equal(expectedCode, outcome.Error?.Code);
    }

    [Theory]
    [InlineData("А123ВС77", "А***ВС77")]
    [InlineData("А123ВС777", "А***С777")]
    [InlineData("AB1234", "A***34")]
    [InlineData("AB", "A***")]
    public void Mask_shows_the_first_character_and_at_most_the_last_four(string plate, string expected)
    {
        Assert.Equal(expected, Plate.Mask(plate));
    }
}
