using System.Net;
using System.Text.Json;
using CarPass.Data.Persistence;
using CarPass.Data.Users;
using CarPass.Data.Vehicles;
using CarPass.Domain.Vehicles;
using CarPass.Domain.Visits;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CarPass.Host.Tests.Api;

public sealed class ChartsTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    [Fact]
    public async Task The_odometer_series_is_every_stored_reading_oldest_first_with_its_trust_and_the_reminders_projection()
    {
        using var client = api.ClientFor(ApiFixture.Owner);

        var odometer = (await client.OkAsync($"/api/my/vehicles/{api.CamryId}/charts")).GetProperty("odometer");

        var stored = await api.WithAsync<CarPassDbContext, List<(int Km, bool Trusted, bool Flagged)>>(async db => (
                await db
                    .OdometerReadings.Where(r => r.VehicleId == api.CamryId)
                    .OrderBy(r => r.RecordedAt)
                    .Select(r => new
                    {
                        r.ValueKm,
                        r.IsTrusted,
                        r.IsFlagged,
                        r.RecordedAt,
                        r.Source,
                    })
                    .ToListAsync()
            ).Select(r => (r.ValueKm, r.IsTrusted, r.IsFlagged)).ToList());
        var points = odometer
            .GetProperty("points")
            .EnumerateArray()
            .Select(p => (p.Int("km"), p.GetProperty("trusted").GetBoolean(), p.GetProperty("flagged").GetBoolean()))
            .ToList();
        Assert.True(stored.Count >= 3);
        Assert.Equal(stored, points);
        var estimate = (await client.OkAsync($"/api/my/vehicles/{api.CamryId}/score")).GetProperty(
            "estimated_odometer_km"
        );
        var projection = odometer.GetProperty("projection");
        Assert.Equal(estimate.GetInt32(), projection.Int("to_km"));
        Assert.Equal(stored.Where(r => r.Trusted).Max(r => r.Km), projection.Int("from_km"));
    }

    [Fact]
    public async Task Consumption_per_fill_is_the_domain_rule_applied_to_the_stored_fills_with_the_average()
    {
        using var client = api.ClientFor(ApiFixture.Owner);

        var consumption = (await client.OkAsync($"/api/my/vehicles/{api.CamryId}/charts")).GetProperty("consumption");

        var fills = await api.WithAsync<CarPassDbContext, List<FuelRecord>>(async db => (
                await db
                    .FuelEntries.Where(f => f.VehicleId == api.CamryId)
                    .Select(f => new
                    {
                        f.FilledAt,
                        f.Litres,
                        f.OdometerKm,
                        f.IsFullTank,
                        f.MissedPrevious,
                        f.CreatedAt,
                        f.DeletedAt,
                    })
                    .ToListAsync()
            ).Select(f => new FuelRecord(f.FilledAt, f.Litres, f.OdometerKm, f.IsFullTank, f.MissedPrevious, f.CreatedAt, f.DeletedAt != null)).ToList());
        var expected = FuelEconomy.PerFill(fills);
        var values = consumption
            .GetProperty("points")
            .EnumerateArray()
            .Select(p => p.GetProperty("value").GetDouble())
            .ToList();
        Assert.Equal("l_per_100km", consumption.Str("unit"));
        Assert.True(expected.Count >= 2);
        Assert.Equal(expected.Select(e => Math.Round(e.PerHundredKm, 2)), values);
        Assert.Equal(
            Math.Round(FuelEconomy.AverageLPer100Km(fills)!.Value, 2),
            consumption.GetProperty("average").GetDouble()
        );
    }

    [Fact]
    public async Task The_demo_saloon_burns_what_a_petrol_saloon_burns_on_every_measured_stretch()
    {
        using var client = api.ClientFor(ApiFixture.Owner);

        var consumption = (await client.OkAsync($"/api/my/vehicles/{api.CamryId}/charts")).GetProperty("consumption");

        var values = consumption.GetProperty("points").EnumerateArray().Select(p => p.GetProperty("value").GetDouble());
        Assert.True(consumption.GetProperty("points").GetArrayLength() >= 3);
        Assert.All(values, v => Assert.InRange(v, 6.0, 12.0));
        Assert.InRange(consumption.GetProperty("average").GetDouble(), 6.0, 12.0);
    }

    [Fact]
    public async Task Spending_sums_fuel_and_service_costs_per_month_over_the_last_year()
    {
        using var client = api.ClientFor(ApiFixture.Owner);

        var spending = (await client.OkAsync($"/api/my/vehicles/{api.CamryId}/charts")).GetProperty("spending");

        var since = new DateTime(2025, 7, 1, 0, 0, 0, DateTimeKind.Utc);
        var (fuel, service) = await api.WithAsync<CarPassDbContext, (long, long)>(async db =>
        {
            var fuelMinor = await db
                .FuelEntries.Where(f =>
                    f.VehicleId == api.CamryId && f.DeletedAt == null && f.FilledAt >= since && f.Currency == "RUB"
                )
                .SumAsync(f => f.TotalPriceMinor ?? 0);
            var own = await db
                .ServiceEntries.Where(s =>
                    s.VehicleId == api.CamryId && s.DeletedAt == null && s.PerformedAt >= since && s.Currency == "RUB"
                )
                .SumAsync(s => s.CostMinor ?? 0);
            var visits = await db
                .ServiceVisits.Where(v =>
                    v.VehicleId == api.CamryId
                    && v.Status == VisitStatus.Confirmed
                    && v.HiddenAt == null
                    && v.VisitDate >= since
                    && v.Currency == "RUB"
                )
                .SumAsync(v => v.CostMinor ?? 0);
            return (fuelMinor, own + visits);
        });
        var months = spending.GetProperty("months").EnumerateArray().ToList();
        Assert.Equal("RUB", spending.Str("currency"));
        Assert.Equal(12, months.Count);
        Assert.Equal("2025-07", months[0].Str("month"));
        Assert.Equal("2026-06", months[^1].Str("month"));
        Assert.True(fuel > 0);
        Assert.Equal(fuel, months.Sum(m => m.GetProperty("fuel_minor").GetInt64()));
        Assert.Equal(service, months.Sum(m => m.GetProperty("service_minor").GetInt64()));
    }

    [Fact]
    public async Task A_new_car_has_empty_series_and_no_spending_chart()
    {
        const long newOwner = 100000071;
        await using var scope = api.Host.Services.CreateAsyncScope();
        var user = (
            await scope
                .ServiceProvider.GetRequiredService<UserUseCases>()
                .EnsureAsync(new TelegramProfile(newOwner, "New"), false, default)
        ).Value!;
        var car = (
            await scope
                .ServiceProvider.GetRequiredService<VehicleUseCases>()
                .AddAsync(user.Id, new VehicleDraft("Polo"), default)
        ).Value!;
        using var client = api.ClientFor(newOwner);

        var charts = await client.OkAsync($"/api/my/vehicles/{car.Id}/charts");

        Assert.Equal(JsonValueKind.Null, charts.GetProperty("spending").ValueKind);
        Assert.Equal(0, charts.GetProperty("odometer").GetProperty("points").GetArrayLength());
        Assert.Equal(JsonValueKind.Null, charts.GetProperty("odometer").GetProperty("projection").ValueKind);
        Assert.Equal(0, charts.GetProperty("consumption").GetProperty("points").GetArrayLength());
    }

    [Fact]
    public async Task Someone_else_s_car_answers_404_like_a_missing_one_and_no_initData_answers_401()
    {
        using var stranger = api.ClientFor(ApiFixture.Stranger);
        using var anonymous = api.ClientWith(null);

        var foreign = await stranger.GetAsync($"/api/my/vehicles/{api.CamryId}/charts");
        var missing = await stranger.GetAsync($"/api/my/vehicles/{Guid.NewGuid()}/charts");
        var unsigned = await anonymous.GetAsync($"/api/my/vehicles/{api.CamryId}/charts");

        Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, unsigned.StatusCode);
    }
}
