using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CarPass.Data.Persistence;
using CarPass.Data.Vehicles;
using CarPass.Domain.Vehicles;
using Microsoft.EntityFrameworkCore;

namespace CarPass.Host.Tests.Api;

public sealed class ChargingApiTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private async Task<Guid> ElectricCarAsync(string name, FuelType fuel = FuelType.Electric) =>
        await api.WithAsync<VehicleUseCases, Guid>(async vehicles =>
            (
                await vehicles.AddAsync(
                    api.OwnerId,
                    new VehicleDraft(name, "Nissan", "Leaf", 2020, OdometerKm: 50_000, FuelType: fuel),
                    default
                )
            )
                .Value!
                .Id
        );

    private Task<int> SessionsAsync(Guid car) =>
        api.WithAsync<CarPassDbContext, int>(db => db.ChargingSessions.CountAsync(c => c.VehicleId == car));

    private static string Path(Guid car) => $"/api/my/vehicles/{car}/charging";

    [Fact]
    public async Task Logged_sessions_are_listed_newest_first_and_the_passport_shows_kwh_per_100_km_and_the_timeline_a_charge()
    {
        var car = await ElectricCarAsync("Leaf");
        using var client = api.ClientFor(ApiFixture.Owner);

        var first = await client.PostAsJsonAsync(
            Path(car),
            new
            {
                kwh = 40,
                place = "home",
                odometer_km = 50_100,
            }
        );
        var second = await client.PostAsJsonAsync(
            Path(car),
            new
            {
                kwh = 36,
                place = "fast",
                price_minor = 72_000,
                currency = "rub",
                soc_before = 15,
                soc_after = 80,
                odometer_km = 50_300,
            }
        );

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.Created, second.StatusCode);
        var sessions = (await client.OkAsync(Path(car))).GetProperty("sessions").EnumerateArray().ToList();
        Assert.Equal([50_300, 50_100], sessions.Select(s => s.Int("odometer_km")));
        Assert.Equal(
            ("fast", "RUB", 80),
            (sessions[0].Str("place"), sessions[0].Str("currency"), sessions[0].Int("soc_after"))
        );
        var consumption = (await client.OkAsync($"/api/my/vehicles/{car}/score")).GetProperty("consumption");
        Assert.Equal(18.0, consumption.GetProperty("kwh_per_100km").GetDouble());
        Assert.Equal(JsonValueKind.Null, consumption.GetProperty("l_per_100km").ValueKind);
        Assert.True(consumption.GetProperty("charges").GetBoolean());
        Assert.False(consumption.GetProperty("burns_fuel").GetBoolean());
        var chart = (await client.OkAsync($"/api/my/vehicles/{car}/charts")).GetProperty("consumption");
        Assert.Equal("kwh_per_100km", chart.Str("unit"));
        Assert.Equal(
            18.0,
            Assert.Single(chart.GetProperty("points").EnumerateArray()).GetProperty("value").GetDouble()
        );
        var timeline = (await client.OkAsync($"/api/my/vehicles/{car}/timeline")).GetProperty("items").EnumerateArray();
        var charge = Assert.Single(timeline, i => i.Str("type") == "charging" && i.Str("status") == "fast");
        Assert.Equal(("Быстрая зарядка", 36.0), (charge.Str("title"), charge.GetProperty("kwh").GetDouble()));
    }

    [Theory]
    [InlineData("not json", "charging_invalid")]
    [InlineData("""{"kwh": 30, "place": "moon"}""", "charging_invalid")]
    [InlineData("""{"place": "home"}""", "kwh_out_of_range")]
    [InlineData("""{"kwh": 300, "place": "home"}""", "kwh_out_of_range")]
    [InlineData("""{"kwh": 30}""", "charging_place_invalid")]
    [InlineData("""{"kwh": 30, "place": 7}""", "charging_place_invalid")]
    [InlineData("""{"kwh": 30, "place": "home", "soc_after": 120}""", "soc_out_of_range")]
    [InlineData("""{"kwh": 30, "place": "home", "soc_before": 80, "soc_after": 20}""", "soc_after_below_before")]
    [InlineData("""{"kwh": 30, "place": "home", "odometer_km": 1000}""", "odometer_below_trusted")]
    [InlineData("""{"kwh": 30, "place": "home", "price_minor": -1}""", "price_out_of_range")]
    public async Task Bad_input_answers_400_with_its_code_and_a_localized_detail_and_stores_nothing(
        string body,
        string code
    )
    {
        var car = await ElectricCarAsync($"Bad {code} {body.Length}");
        using var client = api.ClientFor(ApiFixture.Owner, "en");

        var response = await client.PostAsync(
            Path(car),
            new StringContent(body, System.Text.Encoding.UTF8, "application/json")
        );

        await Json.ProblemAsync(response, HttpStatusCode.BadRequest, code);
        Assert.False(string.IsNullOrWhiteSpace((await Json.BodyAsync(response)).Str("detail")));
        Assert.Equal(0, await SessionsAsync(car));
    }

    [Fact]
    public async Task Another_persons_vehicle_answers_404_to_both_reading_and_logging_and_gets_nothing()
    {
        var car = await ElectricCarAsync("Not yours");
        using var stranger = api.ClientFor(ApiFixture.Stranger);

        var read = await stranger.GetAsync(Path(car));
        var logged = await stranger.PostAsJsonAsync(Path(car), new { kwh = 30, place = "home" });

        Assert.Equal(HttpStatusCode.NotFound, read.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, logged.StatusCode);
        Assert.Equal(0, await SessionsAsync(car));
    }

    [Fact]
    public async Task A_petrol_car_shows_fuel_consumption_only_and_a_plug_in_hybrid_both()
    {
        var hybrid = await ElectricCarAsync("Outlander", FuelType.PluginHybrid);
        using var client = api.ClientFor(ApiFixture.Owner);

        var camry = (await client.OkAsync($"/api/my/vehicles/{api.CamryId}/score")).GetProperty("consumption");
        var both = (await client.OkAsync($"/api/my/vehicles/{hybrid}/score")).GetProperty("consumption");

        Assert.Equal(
            (true, false),
            (camry.GetProperty("burns_fuel").GetBoolean(), camry.GetProperty("charges").GetBoolean())
        );
        Assert.Equal(JsonValueKind.Null, camry.GetProperty("kwh_per_100km").ValueKind);
        Assert.Equal(
            (true, true),
            (both.GetProperty("burns_fuel").GetBoolean(), both.GetProperty("charges").GetBoolean())
        );
    }
}
