using CarPass.Domain.Vehicles;

namespace CarPass.Domain.Tests.Vehicles;

public class VinSuggestionTests
{
    private static readonly DateTime Now = new(2026, 12, 6, 0, 0, 0, DateTimeKind.Utc);

    private static VinSuggestion? For(string vin, string? make, int? year) =>
        VinSuggestion.For(VinDecoding.Decode(vin, year, Now), make, year);

    [Fact]
    public void An_empty_make_and_year_are_proposed_from_the_vin()
    {
        Assert.Equal(new VinSuggestion("Toyota", 2010, null, null), For("JTDKN3DU0A0231040", null, null));
    }

    [Theory]
    [InlineData("Toyota", 2010)]
    [InlineData("toyota", 2011)] // a year of manufacture one off the model year fits it
    [InlineData("TOYOTA ", 2009)]
    public void A_vehicle_that_agrees_with_its_vin_gets_no_proposal(string make, int year)
    {
        Assert.Null(For("JTDKN3DU0A0231040", make, year));
    }

    [Theory]
    [InlineData("Mercedes", "WDB2030461A000001", 2001)]
    [InlineData("Skoda", "TMBJJ7NE5J0000001", 2018)]
    public void A_shorter_or_accented_spelling_of_the_maker_agrees(string make, string vin, int year)
    {
        Assert.Null(For(vin, make, year));
    }

    [Fact]
    public void A_different_make_is_a_mismatch_that_names_what_was_typed()
    {
        var suggestion = For("KMHD141BP7U000001", "Kia", 2007);

        Assert.Equal(new VinSuggestion("Hyundai", null, "Kia", null), suggestion);
        Assert.True(suggestion!.IsMismatch);
    }

    [Fact]
    public void A_year_that_fits_neither_candidate_is_a_mismatch()
    {
        var suggestion = For("XTA210830T1904339", "Lada", 2010);

        Assert.Equal(new VinSuggestion(null, 2026, null, 2010), suggestion);
    }

    [Fact]
    public void An_unknown_maker_proposes_only_the_year()
    {
        Assert.Equal(new VinSuggestion(null, 1989, null, null), For("1M8GDM9AXKP042788", null, null));
        Assert.Null(For("1M8GDM9AXKP042788", "MCI", 1989));
    }
}
