using CarPass.Data.Fuel;
using CarPass.Data.Odometer;
using CarPass.Data.Passports;
using CarPass.Data.Persistence;
using CarPass.Data.Reminders;
using CarPass.Data.Scores;
using CarPass.Data.Tests.Support;
using CarPass.Data.Vehicles;
using CarPass.Domain.Maintenance;
using CarPass.Domain.Scoring;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CarPass.Data.Tests.Passports;

public sealed class PassportReaderTests : IAsyncLifetime
{
    private TestDatabase _db = null!;

    public async Task InitializeAsync() => _db = await TestDatabase.CreateAsync();

    public async Task DisposeAsync() => await _db.DisposeAsync();

    [Fact]
    public async Task The_passport_shows_the_stored_numbers_and_at_most_four_attainable_next_actions()
    {
        var (owner, car) = await Garage.OwnerWithCarAsync(_db);

        var view = await _db.Get<PassportReader>().VehicleAsync(owner.Id, car.Id, default);

        var stored = await _db.ScalarAsync(c => c.VehicleScores.SingleAsync());
        Assert.NotNull(view);
        Assert.Equal(stored.CompletenessScore, view.Passport.Completeness.Score);
        Assert.Equal(stored.MaintenanceStatus, view.Passport.Maintenance.Status);
        Assert.Equal(4, view.NextActions.Count);
        Assert.All(view.NextActions, a => Assert.True(a.Attainable));
        Assert.Equal("vin", view.NextActions[0].Code);
    }

    [Fact]
    public async Task Time_alone_can_make_maintenance_overdue_on_the_next_read()
    {
        var (owner, car) = await Garage.OwnerWithCarAsync(_db);
        (
            await _db.Get<ReminderUseCases>()
                .SetAsync(
                    owner.Id,
                    car.Id,
                    new ReminderDraft(ServiceKind.Coolant, null, 24, TestDatabase.Start.AddMonths(-23)),
                    default
                )
        ).Ok();
        var reader = _db.Get<PassportReader>();
        Assert.Equal(
            MaintenanceStatus.Yellow,
            (await reader.VehicleAsync(owner.Id, car.Id, default))!.Passport.Maintenance.Status
        );

        _db.Clock.Advance(TimeSpan.FromDays(40));

        Assert.Equal(
            MaintenanceStatus.Red,
            (await reader.VehicleAsync(owner.Id, car.Id, default))!.Passport.Maintenance.Status
        );
    }

    [Fact]
    public async Task The_mileage_carried_forward_by_the_clock_alone_can_make_maintenance_overdue_on_the_next_read()
    {
        var (owner, car) = await Garage.OwnerWithCarAsync(_db, odometerKm: 50_000);
        _db.Clock.Advance(TimeSpan.FromDays(20));
        (await _db.Get<OdometerUseCases>().LogAsync(owner.Id, car.Id, 51_000, false, default)).Ok(); // 50 km a day
        (
            await _db.Get<ReminderUseCases>()
                .SetAsync(
                    owner.Id,
                    car.Id,
                    new ReminderDraft(ServiceKind.EngineOil, 10_000, null, null, 45_000),
                    default
                )
        ).Ok();
        var reader = _db.Get<PassportReader>();
        Assert.NotEqual(
            MaintenanceStatus.Red,
            (await reader.VehicleAsync(owner.Id, car.Id, default))!.Passport.Maintenance.Status
        );

        _db.Clock.Advance(TimeSpan.FromDays(85)); // about 55,250 km by the estimate: past the 55,000 due

        Assert.Equal(
            MaintenanceStatus.Red,
            (await reader.VehicleAsync(owner.Id, car.Id, default))!.Passport.Maintenance.Status
        );
    }

    [Fact]
    public async Task A_stranger_gets_nothing_for_someone_elses_vehicle()
    {
        var (_, car) = await Garage.OwnerWithCarAsync(_db);
        var stranger = await _db.UserAsync(99);

        Assert.Null(await _db.Get<PassportReader>().VehicleAsync(stranger.Id, car.Id, default));
        Assert.Empty((await _db.Get<PassportReader>().GarageAsync(stranger.Id, default)).Vehicles);
    }

    [Fact]
    public async Task The_garage_lists_active_vehicles_with_their_quality_and_averages_them()
    {
        var (owner, golf) = await Garage.OwnerWithCarAsync(_db);
        var polo = (await _db.Get<VehicleUseCases>().AddAsync(owner.Id, new VehicleDraft("Polo"), default)).Ok();
        var old = (await _db.Get<VehicleUseCases>().AddAsync(owner.Id, new VehicleDraft("Old"), default)).Ok();
        (await _db.Get<VehicleUseCases>().ArchiveAsync(owner.Id, old.Id, default)).Ok();
        (await _db.Get<FuelUseCases>().LogAsync(owner.Id, polo.Id, new FuelDraft(30), default)).Ok();

        var garage = await _db.Get<PassportReader>().GarageAsync(owner.Id, default);

        Assert.Equal([golf.Id, polo.Id], garage.Vehicles.Select(v => v.VehicleId));
        var (a, b) = (garage.Vehicles[0].Completeness, garage.Vehicles[1].Completeness);
        Assert.Equal((int)Math.Round((a + b) / 2.0, MidpointRounding.AwayFromZero), garage.Level.GarageQuality);
        Assert.Equal(2, garage.Level.ActiveVehicles);
    }

    [Fact]
    public async Task The_vehicle_ids_are_the_garages_in_the_same_order()
    {
        var (owner, golf) = await Garage.OwnerWithCarAsync(_db);
        var polo = (await _db.Get<VehicleUseCases>().AddAsync(owner.Id, new VehicleDraft("Polo"), default)).Ok();
        var reader = _db.Get<PassportReader>();

        Assert.Equal([golf.Id, polo.Id], await reader.VehicleIdsAsync(owner.Id, default));
        Assert.Empty(await reader.VehicleIdsAsync((await _db.UserAsync(99)).Id, default));
    }

    [Fact]
    public async Task Right_after_a_write_its_kept_passport_is_served_and_matches_one_scored_from_the_records()
    {
        var (owner, car) = await Garage.OwnerWithCarAsync(_db);
        (await _db.Get<FuelUseCases>().LogAsync(owner.Id, car.Id, new FuelDraft(40, OdometerKm: 50_400), default)).Ok();
        var version = await VersionAsync(car.Id);

        var kept = _db.Get<PassportCache>().Find(car.Id, version, _db.Clock.GetUtcNow().UtcDateTime);
        var read = await _db.Get<PassportReader>().VehicleAsync(owner.Id, car.Id, default);

        Assert.NotNull(kept);
        Assert.Same(kept.Passport, read!.Passport);
        Assert.Equivalent(await ScoredFromTheRecordsAsync(car.Id), read.Passport, strict: true);
    }

    [Fact]
    public async Task A_write_rolled_back_after_keeping_its_passport_is_never_served()
    {
        var (owner, car) = await Garage.OwnerWithCarAsync(_db);
        var before = await _db.Get<PassportReader>().VehicleAsync(owner.Id, car.Id, default);
        using (var scope = _db.Get<IServiceScopeFactory>().CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CarPassDbContext>();
            await using var transaction = await db.Database.BeginTransactionAsync();
            (
                await scope
                    .ServiceProvider.GetRequiredService<FuelUseCases>()
                    .LogAsync(owner.Id, car.Id, new FuelDraft(40, OdometerKm: 50_400), default)
            ).Ok();
            var inside = await scope
                .ServiceProvider.GetRequiredService<PassportReader>()
                .VehicleAsync(owner.Id, car.Id, default);
            Assert.DoesNotContain(inside!.Passport.Completeness.MissingItems, m => m.Code == "fuel_entry");
            await transaction.RollbackAsync();
        }

        var after = await _db.Get<PassportReader>().VehicleAsync(owner.Id, car.Id, default);

        Assert.Contains(after!.Passport.Completeness.MissingItems, m => m.Code == "fuel_entry");
        Assert.Equivalent(before!.Passport, after.Passport, strict: true);
    }

    [Fact]
    public async Task A_recompute_of_many_vehicles_keeps_none_of_their_passports()
    {
        for (var i = 0; i < PassportCache.MaxKeptPerWrite + 1; i++)
            await Garage.OwnerWithCarAsync(_db, 3000 + i);

        (await _db.Get<RecomputeUseCases>().RecomputeAsync(new RecomputeTargets([], [], [], All: true), default)).Ok();

        var cache = _db.Get<PassportCache>();
        var now = _db.Clock.GetUtcNow().UtcDateTime;
        var cars = await _db.ScalarAsync(c =>
            c.VehicleScores.Select(s => new { s.VehicleId, s.Version }).ToListAsync()
        );
        Assert.Equal(PassportCache.MaxKeptPerWrite + 1, cars.Count);
        Assert.All(cars, s => Assert.Null(cache.Find(s.VehicleId, s.Version, now)));
    }

    private Task<Guid?> VersionAsync(Guid vehicleId) =>
        _db.ScalarAsync(c => c.VehicleScores.Where(s => s.VehicleId == vehicleId).Select(s => s.Version).SingleAsync());

    private async Task<PassportResult> ScoredFromTheRecordsAsync(Guid vehicleId)
    {
        var now = _db.Clock.GetUtcNow().UtcDateTime;
        return PassportScorer.Score((await _db.Get<SnapshotReader>().ReadVehicleAsync(vehicleId, now, default))!, now);
    }
}
