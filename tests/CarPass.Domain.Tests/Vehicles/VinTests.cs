using CarPass.Domain.Common;
using CarPass.Domain.Vehicles;

namespace CarPass.Domain.Tests.Vehicles;

public class VinTests
{
    [Theory]
    [InlineData("1M8GDM9AXKP042788", "1M8GDM9AXKP042788")]
    [InlineData("  1m8gdm9axkp042788 ", "1M8GDM9AXKP042788")]
    [InlineData("1HG-CM826 33A004352", "1HGCM82633A004352")]
    [InlineData("WVWZZZ1JZXW000001", "WVWZZZ1JZXW000001")]
    [InlineData("XTA210930Y2696789", "XTA210930Y2696789")]
    public void Valid_vins_are_normalised(string input, string expected)
    {
        var outcome = Vin.Validate(input);

        Assert.True(outcome.IsSuccess, outcome.Error?.ToString());
        Assert.Equal(expected, outcome.Value);
    }

    [Theory]
    [InlineData(null, ErrorCodes.VinRequired)]
    [InlineData("   ", ErrorCodes.VinRequired)]
    [InlineData("1M8GDM9AXKP04278", ErrorCodes.VinWrongLength)]
    [InlineData("1M8GDM9AXKP0427888", ErrorCodes.VinWrongLength)]
    [InlineData("1M8GDM9AXKP04278O", ErrorCodes.VinForbiddenLetters)]
    [InlineData("WVWZZZ1JZIW000001", ErrorCodes.VinForbiddenLetters)]
    [InlineData("WVWZZZ1JZQW000001", ErrorCodes.VinForbiddenLetters)]
    [InlineData("WVWZZZ1JZ*W000001", ErrorCodes.VinInvalidChars)]
    [InlineData("ХТА210930У2696789", ErrorCodes.VinInvalidChars)]
    [InlineData("1M8GDM9A1KP042788", ErrorCodes.VinCheckDigit)]
    [InlineData("1HGCM82634A004352", ErrorCodes.VinCheckDigit)]
    public void Invalid_vins_fail_with_a_code(string? input, string expectedCode)
    {
        var outcome = Vin.Validate(input);

        Assert.False(outcome.IsSuccess);
        Assert.Equal(expectedCode, outcome.Error!.Code);
    }

    [Fact]
    public void Wrong_length_reports_the_length_found()
    {
        var outcome = Vin.Validate("1M8GDM9AXKP04278");

        Assert.Equal([16], outcome.Error!.Args);
    }

    [Theory]
    [InlineData("W", true)]
    [InlineData("X", true)]
    [InlineData("J", true)]
    [InlineData("6", true)]
    [InlineData("1", false)]
    [InlineData("5", false)]
    public void Check_digit_is_mandatory_only_for_north_american_wmis(string firstChar, bool acceptsWrongCheckDigit)
    {
        var vin = firstChar + "M8GDM9A1KP042788";

        var outcome = Vin.Validate(vin);

        Assert.Equal(acceptsWrongCheckDigit, outcome.IsSuccess);
    }

    [Theory]
    [InlineData("1M8GDM9AXKP042788", 'X')]
    [InlineData("1HGCM82633A004352", '3')]
    [InlineData("WVWZZZ1JZXW000001", '0')]
    public void Check_digit_follows_the_weighted_sum(string vin, char expected)
    {
        Assert.Equal(expected, Vin.CheckDigit(vin));
    }

    [Theory]
    [InlineData("1M8GDM9AXAP042788", 1980, 2010)]
    [InlineData("1M8GDM9AXKP042788", 1989, 2019)]
    [InlineData("1M8GDM9AXYP042788", 2000, 2030)]
    [InlineData("1HGCM82633A004352", 2003, 2033)]
    [InlineData("1M8GDM9AX9P042788", 2009, 2039)]
    public void Model_year_code_gives_two_candidates_thirty_years_apart(string vin, int first, int second)
    {
        Assert.Equal([first, second], Vin.ModelYears(vin));
    }

    [Theory]
    [InlineData("1M8GDM9AX0P042788")]
    [InlineData("1M8GDM9AXUP042788")]
    [InlineData("1M8GDM9AXZP042788")]
    [InlineData("1M8")]
    public void Unknown_model_year_code_gives_no_candidates(string vin)
    {
        Assert.Empty(Vin.ModelYears(vin));
    }

    [Theory]
    [InlineData("WVWZZZ1JZXW000001", "WVW…0001")]
    [InlineData("1M8GDM9AXKP042788", "1M8…2788")]
    [InlineData("1234567", "…")]
    public void Mask_keeps_the_manufacturer_and_the_last_four(string vin, string expected)
    {
        Assert.Equal(expected, Vin.Mask(vin));
    }
}
