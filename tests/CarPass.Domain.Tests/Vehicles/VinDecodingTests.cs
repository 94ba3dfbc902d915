using CarPass.Domain.Vehicles;

namespace CarPass.Domain.Tests.Vehicles;

public class VinDecodingTests
{
    private static readonly DateTime Now = new(2026, 12, 6, 0, 0, 0, DateTimeKind.Utc);

    [Theory]
    // Published example VINs; the North-American ones carry a right check digit (checked below).
    [InlineData("1HGCM82633A004352", "Honda", "US", 2003)]
    [InlineData("5YJ3E1EA7HF000337", "Tesla", "US", 2017)]
    [InlineData("JTDKN3DU0A0231040", "Toyota", "JP", 2010)]
    [InlineData("XTA210930Y2696785", "Lada", "RU", 2000)]
    [InlineData("WVWZZZ1JZXW000001", "Volkswagen", "DE", 1999)]
    public void A_known_vin_names_its_maker_country_and_model_year(
        string vin,
        string maker,
        string country,
        int modelYear
    )
    {
        Assert.Equal(vin, Vin.Validate(vin).Value);

        var decoded = VinDecoding.Decode(vin, statedYear: null, Now);

        Assert.Equal((maker, country, modelYear), (decoded.Maker, decoded.Country, decoded.ModelYear));
        Assert.Equal(vin[..3], decoded.Wmi);
    }

    [Fact]
    public void The_two_model_year_candidates_are_thirty_years_apart()
    {
        var decoded = VinDecoding.Decode("XTA210830T1904339", null, Now);

        Assert.Equal([1996, 2026], decoded.ModelYears);
    }

    [Theory]
    [InlineData(1996, 1996)]
    [InlineData(1995, 1996)] // built in 1995 for the 1996 model year
    [InlineData(1997, 1996)] // registered a year after
    [InlineData(2026, 2026)]
    public void The_candidate_that_fits_the_stated_year_is_chosen(int stated, int expected)
    {
        Assert.Equal(expected, VinDecoding.Decode("XTA210830T1904339", stated, Now).ModelYear);
    }

    [Theory]
    [InlineData(null, 2026)]
    [InlineData(2010, 2026)] // fits neither: the most recent, and the owner is shown the difference
    public void Without_a_fitting_year_the_most_recent_candidate_not_in_the_future_is_chosen(int? stated, int expected)
    {
        Assert.Equal(expected, VinDecoding.Decode("XTA210830T1904339", stated, Now).ModelYear);
    }

    [Fact]
    public void A_candidate_past_next_year_is_never_chosen()
    {
        // "Y": 2000 or 2030; in 2026 only 2000 can be.
        Assert.Equal(2000, VinDecoding.Decode("XTA210930Y2696785", 2030, Now).ModelYear);
    }

    [Fact]
    public void A_north_american_vin_without_a_stated_year_is_placed_by_its_seventh_character()
    {
        // "K" is 1989 or 2019: a digit in position 7 says before 2010, a letter 2010 or later.
        Assert.Equal(1989, VinDecoding.Decode("1M8GDM9AXKP042788", null, Now).ModelYear);
        Assert.Equal(2017, VinDecoding.Decode("5YJ3E1EA7HF000337", null, Now).ModelYear);
    }

    [Fact]
    public void An_unknown_maker_code_still_gives_the_model_year_but_no_maker()
    {
        var decoded = VinDecoding.Decode("1M8GDM9AXKP042788", null, Now);

        Assert.Equal((null, null, "1M8"), (decoded.Maker, decoded.Country, decoded.Wmi));
        Assert.Equal([1989, 2019], decoded.ModelYears);
    }

    [Fact]
    public void A_small_maker_code_names_no_maker_even_if_its_prefix_looks_known()
    {
        // A 9 in position 3: the maker is in positions 12–14, which no table here lists.
        var decoded = VinDecoding.Decode("XT9AA0000R0000001", null, Now);

        Assert.Null(decoded.Maker);
        Assert.Equal(2024, decoded.ModelYear);
    }

    [Theory]
    [InlineData("WDB2030460A000001")] // "0" in position 10 stands for no year
    [InlineData("VF1AAAAAAZ0000001")]
    public void A_position_ten_that_is_no_year_code_gives_no_model_year(string vin)
    {
        var decoded = VinDecoding.Decode(vin, 2015, Now);

        Assert.Empty(decoded.ModelYears);
        Assert.Null(decoded.ModelYear);
        Assert.NotNull(decoded.Maker);
    }
}
