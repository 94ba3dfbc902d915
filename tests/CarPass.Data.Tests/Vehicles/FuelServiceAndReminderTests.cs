using CarPass.Data.Fuel;
using CarPass.Data.Reminders;
using CarPass.Data.Service;
using CarPass.Data.Tests.Support;
using CarPass.Domain.Maintenance;
using Microsoft.EntityFrameworkCore;

namespace CarPass.Data.Tests.Vehicles;

public sealed class FuelServiceAndReminderTests : IAsyncLifetime
{
    private TestDatabase _db = null!;

    public async Task InitializeAsync() => _db = await TestDatabase.CreateAsync();

    public async Task DisposeAsync() => await _db.DisposeAsync();

    [Fact]
    public async Task The_first_fuel_entry_raises_the_passport_and_unlocks_fuel_log_started_once()
    {
        var (owner, car) = await Garage.OwnerWithCarAsync(_db);
        var before = await CompletenessAsync(car.Id);
        var fuel = _db.Get<FuelUseCases>();

        (await fuel.LogAsync(owner.Id, car.Id, new FuelDraft(42.5, 250_000, "rub", 50_400), default)).Ok();
        (await fuel.LogAsync(owner.Id, car.Id, new FuelDraft(40, OdometerKm: 50_900, IsFullTank: false), default)).Ok();

        Assert.Equal(before + 5, await CompletenessAsync(car.Id));
        Assert.Equal(1, await UnlockCountAsync("fuel_log_started", car.Id));
        Assert.Equal("RUB", await _db.ScalarAsync(c => c.FuelEntries.Select(f => f.Currency).FirstAsync()));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-3)]
    [InlineData(500.01)]
    [InlineData(double.NaN)]
    public async Task Impossible_litres_are_refused(double litres)
    {
        var (owner, car) = await Garage.OwnerWithCarAsync(_db);
        var before = await _db.CountAllRowsAsync();

        var outcome = await _db.Get<FuelUseCases>().LogAsync(owner.Id, car.Id, new FuelDraft(litres), default);

        Assert.Equal("litres_out_of_range", outcome.Error?.Code);
        Assert.Equal(before, await _db.CountAllRowsAsync());
    }

    [Fact]
    public async Task A_fill_with_an_odometer_below_the_trusted_reading_is_refused_whole()
    {
        var (owner, car) = await Garage.OwnerWithCarAsync(_db, odometerKm: 50_000);
        var before = await _db.CountAllRowsAsync();

        var outcome = await _db.Get<FuelUseCases>()
            .LogAsync(owner.Id, car.Id, new FuelDraft(40, OdometerKm: 49_000), default);

        Assert.Equal("odometer_below_trusted", outcome.Error?.Code);
        Assert.Equal(before, await _db.CountAllRowsAsync());
    }

    [Fact]
    public async Task A_fill_dated_in_the_future_is_refused()
    {
        var (owner, car) = await Garage.OwnerWithCarAsync(_db);

        var outcome = await _db.Get<FuelUseCases>()
            .LogAsync(owner.Id, car.Id, new FuelDraft(40, FilledAt: TestDatabase.Start.AddDays(3)), default);

        Assert.Equal("date_in_future", outcome.Error?.Code);
    }

    [Fact]
    public async Task Logging_a_service_moves_the_matching_reminder_baseline_and_turns_health_green()
    {
        var (owner, car) = await Garage.OwnerWithCarAsync(_db, odometerKm: 50_000);
        (
            await _db.Get<ReminderUseCases>()
                .SetAsync(
                    owner.Id,
                    car.Id,
                    new ReminderDraft(ServiceKind.EngineOil, 10_000, 12, TestDatabase.Start.AddMonths(-13), 39_000),
                    default
                )
        ).Ok();
        Assert.Equal(MaintenanceStatus.Red, await HealthAsync(car.Id));

        (
            await _db.Get<ServiceEntryUseCases>()
                .LogAsync(
                    owner.Id,
                    car.Id,
                    new ServiceDraft(ServiceKind.EngineOil, OdometerKm: 50_000, Note: "<b>Castrol</b> 5W-30"),
                    default
                )
        ).Ok();

        var reminder = await _db.ScalarAsync(c => c.MaintenanceReminders.SingleAsync());
        Assert.Equal((TestDatabase.Start, 50_000), (reminder.LastDoneAt!.Value, reminder.LastDoneKm!.Value));
        Assert.Equal(MaintenanceStatus.Green, await HealthAsync(car.Id));
        Assert.Equal(
            "<b>Castrol</b> 5W-30",
            await _db.ScalarAsync(c => c.ServiceEntries.Select(s => s.Note).SingleAsync())
        );
    }

    [Theory]
    [InlineData(null, null, "interval_required")]
    [InlineData(499, null, "interval_km_out_of_range")]
    [InlineData(null, 0, "interval_months_out_of_range")]
    [InlineData(null, 121, "interval_months_out_of_range")]
    public async Task Reminders_need_a_sensible_interval(int? km, int? months, string expectedCode)
    {
        var (owner, car) = await Garage.OwnerWithCarAsync(_db);

        var outcome = await _db.Get<ReminderUseCases>()
            .SetAsync(owner.Id, car.Id, new ReminderDraft(ServiceKind.Coolant, km, months), default);

        Assert.Equal(expectedCode, outcome.Error?.Code);
    }

    private Task<int> CompletenessAsync(Guid vehicleId) =>
        _db.ScalarAsync(c =>
            c.VehicleScores.Where(s => s.VehicleId == vehicleId).Select(s => s.CompletenessScore).SingleAsync()
        );

    private Task<MaintenanceStatus> HealthAsync(Guid vehicleId) =>
        _db.ScalarAsync(c =>
            c.VehicleScores.Where(s => s.VehicleId == vehicleId).Select(s => s.MaintenanceStatus).SingleAsync()
        );

    private Task<int> UnlockCountAsync(string code, Guid vehicleId) =>
        _db.ScalarAsync(c =>
            (
                from u in c.UserAchievements
                join a in c.Achievements on u.AchievementId equals a.Id
                where a.Code == code && u.VehicleId == vehicleId
                select u
            ).CountAsync()
        );
}
