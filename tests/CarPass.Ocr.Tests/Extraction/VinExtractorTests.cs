using CarPass.Domain.Ocr;
using CarPass.Ocr.Extraction;

namespace CarPass.Ocr.Tests.Extraction;

public class VinExtractorTests
{
    private const int Year = 2026;

    [Theory]
    [InlineData("1M8GDM9AXKP042788", "1M8GDM9AXKP042788")]
    [InlineData("VIN: WVWZZZ1JZXW000001", "WVWZZZ1JZXW000001")]
    [InlineData("VINXTA210930Y2696789", "XTA210930Y2696789")]
    [InlineData("MADE IN GERMANY\n1HG CM826 33A004352", "1HGCM82633A004352")]
    public void A_clean_reading_is_the_first_candidate(string text, string expected)
    {
        var candidates = VinExtractor.Extract(text, Year);

        Assert.Equal(expected, candidates[0].Value);
        Assert.True(candidates[0].Valid);
        Assert.Equal(OcrField.Vin, candidates[0].Kind);
    }

    [Fact]
    public void Letters_that_never_occur_in_a_vin_become_their_digits()
    {
        var candidates = VinExtractor.Extract("1M8GDM9AXKPO427B8", Year);

        Assert.Equal("1M8GDM9AXKP042788", candidates[0].Value);
    }

    [Fact]
    public void The_check_digit_picks_the_right_look_alike_in_a_north_american_vin()
    {
        // The true VINs are 1M8GDM9AXKP042788 and 1HGCM82633A004352: B read for 8, Z for 2.
        var first = VinExtractor.Extract("1MBGDM9AXKP042788", Year);
        var second = VinExtractor.Extract("1HGCM8Z633A004352", Year);

        Assert.Equal("1M8GDM9AXKP042788", first[0].Value);
        Assert.Equal("1HGCM82633A004352", second[0].Value);
        Assert.Equal(OcrReasons.CheckDigitResolved, second[0].Reason);
    }

    [Fact]
    public void A_north_american_vin_with_a_wrong_check_digit_is_shown_but_never_valid()
    {
        var candidates = VinExtractor.Extract("1M8GDM9A1KP042788", Year);

        var only = Assert.Single(candidates);
        Assert.False(only.Valid);
        Assert.Equal(OcrReasons.CheckDigitMismatch, only.Reason);
    }

    [Fact]
    public void A_maker_without_check_digits_keeps_the_reading_as_read()
    {
        var candidates = VinExtractor.Extract("WVWZZZ1JZXW000001", Year);

        Assert.Equal("WVWZZZ1JZXW000001", Assert.Single(candidates).Value);
        Assert.Equal(OcrReasons.VinPattern, candidates[0].Reason);
    }

    [Fact]
    public void Letters_in_the_last_four_positions_are_read_as_digits()
    {
        var candidates = VinExtractor.Extract("WVWZZZ1JZXW00S0B1", Year);

        Assert.Equal("WVWZZZ1JZXW005081", candidates[0].Value);
    }

    [Theory]
    [InlineData("1M8GDM9AXKP042788", 2019)]
    [InlineData("WVWZZZ1JZXW000001", 1999)]
    [InlineData("XTA210930Y2696789", 2000)]
    public void The_model_year_is_decoded_to_the_latest_plausible_year(string vin, int year)
    {
        Assert.Equal(year, VinExtractor.Extract(vin, Year)[0].ModelYear);
    }

    [Theory]
    [InlineData("")]
    [InlineData("MADE IN GERMANY")]
    [InlineData("1650 KG  1234")]
    [InlineData("WVWZZZ1JZ")]
    [InlineData("ХТА210930У2696789")]
    public void Text_without_a_vin_gives_no_candidates(string text)
    {
        Assert.Empty(VinExtractor.Extract(text, Year));
    }
}
