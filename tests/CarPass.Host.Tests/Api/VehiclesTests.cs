using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using CarPass.Data.Passports;
using CarPass.Domain.Common;

namespace CarPass.Host.Tests.Api;

public sealed class VehiclesTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    [Fact]
    public async Task The_garage_lists_both_cars_with_quality_health_history_and_alerts_in_snake_case()
    {
        using var client = api.ClientFor(ApiFixture.Owner);

        var garage = await client.OkAsync("/api/my/vehicles");

        var cars = garage
            .GetProperty("vehicles")
            .EnumerateArray()
            .ToDictionary(v => v.GetProperty("vehicle_id").GetGuid());
        Assert.Equal(100, cars[api.CamryId].Int("completeness_score"));
        Assert.Equal("high_confidence", cars[api.CamryId].Str("profile_quality"));
        Assert.Equal(40, cars[api.VestaId].Int("completeness_score"));
        Assert.Equal("red", cars[api.VestaId].Str("maintenance_status"));
        Assert.Equal("Обслуживание просрочено", cars[api.VestaId].Str("maintenance_status_text"));
        Assert.Equal("self_reported", cars[api.VestaId].Str("verified_history_status"));
        Assert.Equal(70, garage.Int("average_completion"));
        Assert.Equal($"https://t.me/{ApiFixture.BotUsername}?start=add_vehicle", garage.Str("add_vehicle_link"));
    }

    [Fact]
    public async Task The_garage_carries_the_owners_level_the_shared_reader_computes()
    {
        using var client = api.ClientFor(ApiFixture.Owner);

        var garage = await client.OkAsync("/api/my/vehicles");

        var expected = await api.WithAsync<PassportReader, GarageView>(r => r.GarageAsync(api.OwnerId, default));
        Assert.Equal(expected.Level.GarageQuality, garage.Int("average_completion"));
        Assert.Equal(expected.Level.CompleteGarage, garage.GetProperty("complete_garage").GetBoolean());
        Assert.Equal(2, garage.Int("active_vehicles"));
        Assert.Equal(expected.Level.MonthsWithRecords, garage.Int("months_with_records"));
        Assert.Equal(6, garage.Int("months_considered"));
        Assert.Equal(expected.Vehicles.Sum(v => v.ActiveAlerts), garage.Int("active_alerts"));
        Assert.StartsWith("Записи есть в", garage.Str("consistency_text"));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task The_score_is_exactly_what_the_bots_passport_reader_computes(bool camry)
    {
        var vehicleId = camry ? api.CamryId : api.VestaId;
        using var client = api.ClientFor(ApiFixture.Owner);

        var score = await client.OkAsync($"/api/my/vehicles/{vehicleId}/score");

        var view = await PassportOfOwnerAsync(vehicleId);
        var (completeness, history, health) = (
            view.Passport.Completeness,
            view.Passport.History,
            view.Passport.Maintenance
        );
        Assert.Equal(completeness.Score, score.Int("completeness_score"));
        Assert.Equal(SnakeCase.Of(completeness.Quality), score.Str("profile_quality"));
        Assert.Equal(history.Score, score.Int("verified_history_score"));
        Assert.Equal(SnakeCase.Of(history.Status), score.Str("verified_history_status"));
        Assert.Equal(history.TrustedRecords, score.Int("trusted_records"));
        Assert.Equal(history.TotalRecords, score.Int("total_records"));
        Assert.Equal(Math.Round(history.TrustedRatio, 4), score.GetProperty("trusted_record_ratio").GetDouble());
        Assert.Equal(health.Score, score.Int("maintenance_health_score"));
        Assert.Equal(SnakeCase.Of(health.Status), score.Str("maintenance_status"));
        Assert.Equal(completeness.MissingItems.Select(m => m.Code), Codes(score, "missing_items"));
        Assert.Equal(view.NextActions.Select(m => m.Code), Codes(score, "next_actions"));
        Assert.Equal(view.PendingVisits, score.Int("pending_visits"));
        Assert.Equal(health.EstimatedOdometerKm, Nullable(score, "estimated_odometer_km"));
        Assert.Equal(health.CurrentOdometerKm, Nullable(score, "current_odometer_km"));
        Assert.Equal(
            (history.RejectedVisits, history.CancelledVisits),
            (score.Int("rejected_visits"), score.Int("cancelled_visits"))
        );
    }

    private static int? Nullable(JsonElement json, string name) =>
        json.GetProperty(name).ValueKind == JsonValueKind.Null ? null : json.GetProperty(name).GetInt32();

    [Fact]
    public async Task Next_actions_carry_russian_texts_and_deep_links_into_the_matching_bot_flow()
    {
        using var client = api.ClientFor(ApiFixture.Owner);

        var score = await client.OkAsync($"/api/my/vehicles/{api.VestaId}/score");

        var actions = score.GetProperty("next_actions").EnumerateArray().ToList();
        Assert.InRange(actions.Count, 2, 4);
        var vin = actions[0];
        Assert.Equal("vin", vin.Str("code"));
        Assert.Equal(15, vin.Int("weight"));
        Assert.StartsWith("VIN —", vin.Str("why"));
        Assert.StartsWith("Добавьте VIN", vin.Str("next_action"));
        Assert.Equal($"https://t.me/{ApiFixture.BotUsername}?start=fix_vin_{api.VestaId:N}", vin.Str("deep_link"));
        foreach (var action in actions)
        {
            var payload = action.Str("deep_link").Split("?start=")[1];
            Assert.Matches(new Regex("^[A-Za-z0-9_-]{1,64}$"), payload);
        }
        var obd = score.GetProperty("missing_items").EnumerateArray().Single(m => m.Str("code") == "obd");
        Assert.False(obd.GetProperty("attainable").GetBoolean());
        Assert.Equal(JsonValueKind.Null, obd.GetProperty("deep_link").ValueKind);
    }

    [Fact]
    public async Task The_maintenance_widget_lists_what_is_due_overdue_first()
    {
        using var client = api.ClientFor(ApiFixture.Owner);

        var score = await client.OkAsync($"/api/my/vehicles/{api.VestaId}/score");

        var first = score.GetProperty("reminders")[0];
        Assert.Equal("engine_oil", first.Str("kind"));
        Assert.Equal("overdue", first.Str("due"));
        Assert.Equal("Просрочено", first.Str("due_text"));
    }

    [Theory]
    [InlineData("score")]
    [InlineData("timeline")]
    public async Task Another_users_car_answers_exactly_like_a_car_that_does_not_exist(string part)
    {
        using var stranger = api.ClientFor(ApiFixture.Employee);

        var foreign = await stranger.GetAsync($"/api/my/vehicles/{api.CamryId}/{part}");
        var missing = await stranger.GetAsync($"/api/my/vehicles/{Guid.CreateVersion7()}/{part}");

        await Json.ProblemAsync(foreign, HttpStatusCode.NotFound);
        await Json.ProblemAsync(missing, HttpStatusCode.NotFound);
        var (a, b) = (await Json.BodyAsync(foreign), await Json.BodyAsync(missing));
        Assert.Equal(a.Str("title"), b.Str("title"));
        Assert.Equal(a.Str("type"), b.Str("type"));
    }

    [Theory]
    [InlineData("/api/my/vehicles/not-a-guid/score")]
    [InlineData("/api/my/vehicles/123/timeline")]
    [InlineData("/api/my/vehicles/%20/score")]
    public async Task A_malformed_vehicle_id_is_a_404_problem_not_a_crash(string path)
    {
        using var client = api.ClientFor(ApiFixture.Owner);

        await Json.ProblemAsync(await client.GetAsync(path), HttpStatusCode.NotFound);
    }

    private static IEnumerable<string> Codes(JsonElement score, string list) =>
        score.GetProperty(list).EnumerateArray().Select(m => m.Str("code"));

    private async Task<PassportView> PassportOfOwnerAsync(Guid vehicleId) =>
        (await api.WithAsync<PassportReader, PassportView?>(r => r.VehicleAsync(api.OwnerId, vehicleId, default)))!;
}
