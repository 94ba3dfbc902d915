using CarPass.Domain.Vehicles;

namespace CarPass.Domain.Tests.Vehicles;

public class WorldManufacturersTests
{
    [Theory]
    [InlineData("WVWZZZ1JZXW000001", "Volkswagen", "DE")]
    [InlineData("XTA210930Y2696789", "Lada", "RU")]
    [InlineData("1HGCM82633A004352", "Honda", "US")]
    [InlineData("wba", "BMW", "DE")]
    [InlineData("XW8ZZZ61ZEG000001", "Volkswagen", "RU")]
    [InlineData("X7LLSRB1HAH000001", "Renault", "RU")]
    [InlineData("Z94CT41DBFR000001", "Hyundai", "RU")]
    [InlineData("XTT316300H1000001", "UAZ", "RU")]
    [InlineData("XTC652003J1000001", "KAMAZ", "RU")]
    [InlineData("X96330200D2000001", "GAZ", "RU")]
    [InlineData("XW7BF4FK90S000001", "Toyota", "RU")]
    [InlineData("XZGFF06A0LA000001", "Haval", "RU")]
    [InlineData("KNAPB811BDK000001", "Kia", "KR")]
    [InlineData("LVVDB21B0LD000001", "Chery", "CN")]
    [InlineData("LB37622Z0LX000001", "Geely", "CN")]
    [InlineData("5YJ3E1EA7HF000337", "Tesla", "US")]
    [InlineData("SALGA2BE6LA000001", "Land Rover", "GB")]
    [InlineData("VF3LCYHZPJS000001", "Peugeot", "FR")]
    [InlineData("JMZKF1W3G00000001", "Mazda", "JP")]
    public void A_listed_prefix_names_its_maker_and_country(string vin, string maker, string country)
    {
        var found = WorldManufacturers.Find(vin);

        Assert.Equal((maker, country), (found?.Maker, found?.Country));
    }

    [Theory]
    [InlineData("QQQ12345678901234")]
    [InlineData("W8")]
    [InlineData("")]
    public void An_unlisted_or_short_prefix_is_not_found(string vin)
    {
        Assert.Null(WorldManufacturers.Find(vin));
    }

    [Fact]
    public void Every_prefix_is_three_vin_characters_and_every_country_a_two_letter_code()
    {
        Assert.True(WorldManufacturers.All.Count > 200);
        Assert.All(
            WorldManufacturers.All,
            m =>
            {
                Assert.Matches("^[A-HJ-NPR-Z0-9]{3}$", m.Code);
                Assert.Matches("^[A-Z]{2}$", m.Country);
                Assert.False(string.IsNullOrWhiteSpace(m.Maker));
                Assert.NotEqual(VinDecoding.SmallMakerMark, m.Code[2]);
            }
        );
    }

    [Fact]
    public void The_table_is_pure_data_with_its_source_and_date_noted()
    {
        var text = File.ReadAllText(Path.Combine(RepositoryRoot(), "src/CarPass.Domain/Vehicles/Data/wmi.tsv"));

        Assert.Contains("# Source:", text);
        Assert.Matches(@"(?m)^#.*\b20\d\d\b", text);
        Assert.All(
            text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(l => !l.StartsWith('#')),
            line => Assert.Equal(3, line.Split('\t').Length)
        );
    }

    private static string RepositoryRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(folder.FullName, "CarPass.sln")))
            folder = folder.Parent ?? throw new InvalidOperationException("CarPass.sln not found above the tests.");
        return folder.FullName;
    }
}
