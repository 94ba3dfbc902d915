using CarPass.Data.Charging;
using CarPass.Data.Passports;
using CarPass.Data.Tests.Support;
using CarPass.Data.Vehicles;
using CarPass.Domain.Vehicles;
using Microsoft.EntityFrameworkCore;

namespace CarPass.Data.Tests.Charging;

public sealed class ChargingWriterTests : IAsyncLifetime
{
    private TestDatabase _db = null!;

    public async Task InitializeAsync() => _db = await TestDatabase.CreateAsync();

    public async Task DisposeAsync() => await _db.DisposeAsync();

    private async Task<(Guid Owner, Guid Car)> ElectricCarAsync(FuelType fuel = FuelType.Electric)
    {
        var (owner, car) = await Garage.OwnerWithCarAsync(_db);
        (
            await _db.Get<VehicleUseCases>().UpdateAsync(owner.Id, car.Id, new VehicleChanges(FuelType: fuel), default)
        ).Ok();
        return (owner.Id, car.Id);
    }

    private Task<int> CompletenessAsync(Guid vehicleId) =>
        _db.ScalarAsync(c =>
            c.VehicleScores.Where(s => s.VehicleId == vehicleId).Select(s => s.CompletenessScore).SingleAsync()
        );

    [Fact]
    public async Task A_charging_session_is_stored_audited_and_its_odometer_joins_the_history()
    {
        var (owner, car) = await ElectricCarAsync();
        var draft = new ChargingDraft(42.5, ChargingPlace.Fast, 1_250_00, "rub", 20, 80, 50_300);

        var session = (await _db.Get<ChargingUseCases>().LogAsync(owner, car, draft, default)).Ok();

        var stored = await _db.ScalarAsync(c => c.ChargingSessions.SingleAsync());
        Assert.Equal(
            (42.5, ChargingPlace.Fast, "RUB", 20, 80),
            (stored.Kwh, stored.Place, stored.Currency, stored.SocBefore, stored.SocAfter)
        );
        Assert.Equal(
            1,
            await _db.ScalarAsync(c =>
                c.AuditLog.CountAsync(a => a.Action == "charging.logged" && a.EntityId == session.Id)
            )
        );
        Assert.Equal(
            1,
            await _db.ScalarAsync(c => c.OdometerReadings.CountAsync(r => r.VehicleId == car && r.ValueKm == 50_300))
        );
    }

    [Fact]
    public async Task Two_sessions_earn_an_electric_car_the_fuel_log_and_consumption_items_and_the_passport_shows_kwh()
    {
        var (owner, car) = await ElectricCarAsync();
        var before = await CompletenessAsync(car);
        var charging = _db.Get<ChargingUseCases>();

        (
            await charging.LogAsync(owner, car, new ChargingDraft(40, ChargingPlace.Home, OdometerKm: 50_100), default)
        ).Ok();
        (
            await charging.LogAsync(owner, car, new ChargingDraft(36, ChargingPlace.Home, OdometerKm: 50_300), default)
        ).Ok();

        Assert.Equal(before + 10, await CompletenessAsync(car));
        var view = await _db.Get<PassportReader>().VehicleAsync(owner, car, default);
        Assert.Equal(18.0, view!.Consumption.KwhPer100Km!.Value, 6);
        Assert.Null(view.Consumption.LitresPer100Km);
    }

    [Theory]
    [InlineData(0, null, null, "kwh_out_of_range")]
    [InlineData(250.5, null, null, "kwh_out_of_range")]
    [InlineData(double.NaN, null, null, "kwh_out_of_range")]
    [InlineData(30, -1, null, "soc_out_of_range")]
    [InlineData(30, null, 101, "soc_out_of_range")]
    [InlineData(30, 80, 20, "soc_after_below_before")]
    public async Task Bad_input_is_refused_and_changes_nothing(double kwh, int? before, int? after, string code)
    {
        var (owner, car) = await ElectricCarAsync();
        var rows = await _db.CountAllRowsAsync();

        var outcome = await _db.Get<ChargingUseCases>()
            .LogAsync(
                owner,
                car,
                new ChargingDraft(kwh, ChargingPlace.Public, SocBefore: before, SocAfter: after),
                default
            );

        Assert.Equal(code, outcome.Error?.Code);
        Assert.Equal(rows, await _db.CountAllRowsAsync());
    }

    [Fact]
    public async Task A_session_with_an_odometer_below_the_trusted_reading_is_refused_whole()
    {
        var (owner, car) = await ElectricCarAsync();
        var rows = await _db.CountAllRowsAsync();

        var outcome = await _db.Get<ChargingUseCases>()
            .LogAsync(owner, car, new ChargingDraft(30, ChargingPlace.Home, OdometerKm: 49_000), default);

        Assert.Equal("odometer_below_trusted", outcome.Error?.Code);
        Assert.Equal(rows, await _db.CountAllRowsAsync());
    }

    [Fact]
    public async Task Someone_elses_vehicle_is_not_found_and_gets_no_session()
    {
        var (_, car) = await ElectricCarAsync();
        var stranger = await _db.UserAsync(4242);

        var outcome = await _db.Get<ChargingUseCases>()
            .LogAsync(stranger.Id, car, new ChargingDraft(30, ChargingPlace.Home), default);

        Assert.Equal("vehicle_not_found", outcome.Error?.Code);
        Assert.Equal(0, await _db.ScalarAsync(c => c.ChargingSessions.CountAsync()));
        Assert.Null(await _db.Get<ChargingReader>().ListAsync(stranger.Id, car, default));
    }

    [Fact]
    public async Task A_plug_in_hybrid_shows_both_consumptions()
    {
        var (owner, car) = await ElectricCarAsync(FuelType.PluginHybrid);
        var charging = _db.Get<ChargingUseCases>();
        (
            await charging.LogAsync(owner, car, new ChargingDraft(10, ChargingPlace.Home, OdometerKm: 50_100), default)
        ).Ok();
        (
            await charging.LogAsync(owner, car, new ChargingDraft(8, ChargingPlace.Home, OdometerKm: 50_150), default)
        ).Ok();
        var fuel = _db.Get<CarPass.Data.Fuel.FuelUseCases>();
        (await fuel.LogAsync(owner, car, new CarPass.Data.Fuel.FuelDraft(30, OdometerKm: 50_200), default)).Ok();
        (await fuel.LogAsync(owner, car, new CarPass.Data.Fuel.FuelDraft(25, OdometerKm: 50_700), default)).Ok();

        var consumption = (await _db.Get<PassportReader>().VehicleAsync(owner, car, default))!.Consumption;

        Assert.Equal(
            (16.0, 5.0),
            (Math.Round(consumption.KwhPer100Km!.Value, 6), Math.Round(consumption.LitresPer100Km!.Value, 6))
        );
        Assert.Equal(2, (await _db.Get<ChargingReader>().ListAsync(owner, car, default))!.Count);
    }
}
