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
        Assert.Equal(OcrField.Vin, candidates[0].Kind);
    }

    [Theory]
    [InlineData("1M8GDM9AXKP042788", true)]
    [InlineData("XTA210930Y2696789", true)]
    [InlineData("WVWZZZ1JZXW000001", false)]
    public void Only_a_vin_its_check_digit_confirms_is_offered_as_sure(string vin, bool sure)
    {
        Assert.Equal(sure, VinExtractor.Extract(vin, Year)[0].Valid);
    }

    [Theory]
    [InlineData('S', false)] // S/5: a 5 would make it North American
    [InlineData('Z', false)] // Z/2
    [InlineData('A', false)] // A/4
    [InlineData('W', true)]
    [InlineData('X', true)]
    public void A_vin_whose_first_character_may_be_a_north_american_digit_is_never_sure(char first, bool sure)
    {
        var vin = VinWithRightCheckDigit($"{first}AL", "GA2EF", "DA123456");

        Assert.Equal(sure, VinExtractor.Extract(vin, Year)[0].Valid);
    }

    [Fact]
    public void A_north_american_vin_whose_first_digit_was_read_as_its_letter_look_alike_is_offered()
    {
        var candidates = VinExtractor.Extract("SYJ3E1EA2KF317000", Year);

        Assert.Contains("5YJ3E1EA2KF317000", candidates.Select(c => c.Value));
        Assert.All(candidates, c => Assert.False(c.Valid));
    }

    private static string VinWithRightCheckDigit(string maker, string descriptor, string serial)
    {
        var draft = maker + descriptor + "0" + serial;
        return maker + descriptor + CarPass.Domain.Vehicles.Vin.CheckDigit(draft) + serial;
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
    public void A_north_american_reading_whose_check_digit_cannot_be_put_right_is_shown_but_never_valid()
    {
        // No look-alike anywhere: nothing to search, the reading is shown as read.
        var candidates = VinExtractor.Extract("3HKCMM9EPKPWMMKMN", Year);

        var only = Assert.Single(candidates);
        Assert.False(only.Valid);
        Assert.Equal(OcrReasons.CheckDigitMismatch, only.Reason);
    }

    [Fact]
    public void A_north_american_vin_two_look_alikes_away_is_searched_until_its_check_digit_passes()
    {
        // The truth is 1HGCM82633A004352: Z read for 2 and S for 5. The readings look-alikes make right
        // are offered, none as sure: the model weighed none of those changes.
        const string read = "1HGCM8Z633A0043S2";
        var candidates = VinExtractor.Extract(read, Year);

        Assert.NotEmpty(candidates);
        Assert.All(
            candidates,
            c =>
            {
                Assert.Equal((OcrReasons.CheckDigitResolved, false), (c.Reason, c.Valid));
                Assert.Equal(c.Value[8], CarPass.Domain.Vehicles.Vin.CheckDigit(c.Value));
            }
        );
    }

    [Fact]
    public void A_maker_without_check_digits_keeps_the_reading_as_read()
    {
        var candidates = VinExtractor.Extract("WVWZZZ1JZXW000001", Year);

        Assert.Equal("WVWZZZ1JZXW000001", Assert.Single(candidates).Value);
        Assert.Equal(OcrReasons.VinPattern, candidates[0].Reason);
    }

    [Fact]
    public void Letters_in_the_serial_are_kept_as_read()
    {
        // Serials are not always digits: nothing but the model's own doubt changes them.
        var candidates = VinExtractor.Extract("WVWZZZ1JZXW00S0B1", Year);

        Assert.Equal("WVWZZZ1JZXW00S0B1", candidates[0].Value);
    }

    [Fact]
    public void A_vin_read_in_cyrillic_look_alikes_is_read_as_its_latin_letters()
    {
        Assert.Equal("XTA210930Y2696789", VinExtractor.Extract("ХТА210930У2696789", Year)[0].Value);
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
    public void Text_without_a_vin_gives_no_candidates(string text)
    {
        Assert.Empty(VinExtractor.Extract(text, Year));
    }
}
