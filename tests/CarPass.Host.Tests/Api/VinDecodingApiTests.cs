using System.Text.Json;
using CarPass.Data.Vehicles;

namespace CarPass.Host.Tests.Api;

/// <summary>The passport's answer carries what its VIN says, decoded offline; its own fixture, as it adds cars.</summary>
public sealed class VinDecodingApiTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private async Task<Guid> AddAsync(string name, string? make, int? year, string vin) =>
        await api.WithAsync<VehicleUseCases, Guid>(async v =>
            (await v.AddAsync(api.OwnerId, new VehicleDraft(name, make, null, year, vin), default)).Value!.Id
        );

    private async Task<JsonElement> DecodedAsync(Guid vehicle)
    {
        using var client = api.ClientFor(ApiFixture.Owner, "en");
        return (await client.OkAsync($"/api/my/vehicles/{vehicle}/score")).GetProperty("vin_decoded");
    }

    private static int[] Years(JsonElement decoded) =>
        decoded.GetProperty("model_years").EnumerateArray().Select(y => y.GetInt32()).ToArray();

    [Fact]
    public async Task A_known_vin_gives_maker_country_and_the_model_year_that_fits_the_passports_year()
    {
        var lada = await AddAsync("Old Lada", "Lada", 1996, "XTA210830T1904339");

        var decoded = await DecodedAsync(lada);

        Assert.Equal(
            ("XTA", "Lada", "RU", 1996),
            (decoded.Str("wmi"), decoded.Str("maker"), decoded.Str("country"), decoded.Int("model_year"))
        );
        Assert.Equal([1996, 2026], Years(decoded));
    }

    [Fact]
    public async Task An_unknown_maker_code_gives_the_year_and_no_maker()
    {
        var coach = await AddAsync("Coach", null, null, "1M8GDM9AXKP042788");

        var decoded = await DecodedAsync(coach);

        Assert.Equal(JsonValueKind.Null, decoded.GetProperty("maker").ValueKind);
        Assert.Equal(JsonValueKind.Null, decoded.GetProperty("country").ValueKind);
        Assert.Equal(1989, decoded.Int("model_year"));
    }

    [Fact]
    public async Task A_passport_without_a_vin_and_a_vin_with_no_year_code_answer_plainly()
    {
        var none = await DecodedAsync(api.VestaId);
        var camry = await DecodedAsync(api.CamryId); // JTNB11HK003079841: "0" in position 10

        Assert.Equal(JsonValueKind.Null, none.ValueKind);
        Assert.Equal(("Toyota", "JP"), (camry.Str("maker"), camry.Str("country")));
        Assert.Empty(Years(camry));
        Assert.Equal(JsonValueKind.Null, camry.GetProperty("model_year").ValueKind);
    }
}
