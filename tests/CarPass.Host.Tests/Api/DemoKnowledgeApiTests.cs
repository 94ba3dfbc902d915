using CarPass.Host.Demo;

namespace CarPass.Host.Tests.Api;

/// <summary>
/// The demo garage's documents and tyres cards, as the Mini App reads them on the fixture's day
/// (15 June 2026): its own fixture, so no other test's records are mixed in.
/// </summary>
public sealed class DemoKnowledgeApiTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    [Fact]
    public async Task The_camry_holds_a_valid_osago_and_an_inspection_that_expires_soon()
    {
        using var client = api.ClientFor(ApiFixture.Owner);

        var body = await client.OkAsync($"/api/my/vehicles/{api.CamryId}/documents");

        var documents = body.GetProperty("documents").EnumerateArray().ToList();
        Assert.False(body.GetProperty("osago_lapsed").GetBoolean());
        Assert.Equal(["inspection", "osago"], documents.Select(d => d.Str("kind")));
        Assert.Equal(["expiring", "valid"], documents.Select(d => d.Str("status")));
        Assert.Equal(DemoKnowledgeSeeder.InspectionDaysLeft, documents[0].Int("days_left"));
        Assert.Equal("•••• 9368", documents[1].Str("number_masked"));
        Assert.Equal("2027-01-15", documents[1].Str("expires_on"));
        Assert.InRange(documents[1].Int("days_left"), 120, 300);
    }

    [Fact]
    public async Task The_vestas_osago_lapsed_days_ago_and_shows_in_what_to_improve()
    {
        using var client = api.ClientFor(ApiFixture.Owner);

        var body = await client.OkAsync($"/api/my/vehicles/{api.VestaId}/documents");
        var score = await client.OkAsync($"/api/my/vehicles/{api.VestaId}/score");

        Assert.True(body.GetProperty("osago_lapsed").GetBoolean());
        var osago = Assert.Single(body.GetProperty("documents").EnumerateArray());
        Assert.Equal(["osago", "lapsed"], [osago.Str("kind"), osago.Str("status")]);
        Assert.Equal("2026-06-11", osago.Str("expires_on"));
        Assert.Contains(
            "insurance_valid",
            score.GetProperty("missing_items").EnumerateArray().Select(m => m.Str("code"))
        );
    }

    [Fact]
    public async Task In_june_the_camrys_summer_set_is_on_and_the_studded_winter_set_came_off_in_april()
    {
        using var client = api.ClientFor(ApiFixture.Owner);

        var tyres = await client.OkAsync($"/api/my/vehicles/{api.CamryId}/tyres");

        var sets = tyres.GetProperty("sets").EnumerateArray().ToList();
        Assert.Equal(["summer", "winter"], sets.Select(s => s.Str("season")));
        Assert.All(sets, s => Assert.Equal("215/55 R17", s.Str("size")));
        Assert.Equal([true, false], sets.Select(s => s.GetProperty("fitted").GetBoolean()));
        Assert.Equal([false, true], sets.Select(s => s.GetProperty("studded").GetBoolean()));
        Assert.Equal(["2026-04-15", "2025-10-12"], sets.Select(s => s.Str("fitted_on")));
        Assert.Equal("2026-04-15", sets[1].Str("removed_on"));
        Assert.Equal("summer", tyres.Str("season_due"));
        Assert.False(tyres.GetProperty("change_due").GetBoolean());
    }
}
