using CarPass.Data.Fuel;
using CarPass.Data.Odometer;
using CarPass.Data.Passports;
using CarPass.Data.Service;
using CarPass.Data.ServiceCenters;
using CarPass.Data.Tests.Support;
using CarPass.Data.Vehicles;
using CarPass.Data.Visits;
using CarPass.Domain.Maintenance;
using CarPass.Domain.Owners;
using CarPass.Domain.Scoring;
using CarPass.Domain.Vehicles;
using static CarPass.Data.Tests.Passports.ReadModel;

namespace CarPass.Data.Tests.Passports;

/// <summary>Every kind of write is seen by the very next read, though reads are served from kept passports.</summary>
public sealed class ReadModelWriteTests : IAsyncLifetime
{
    private TestDatabase _db = null!;

    public async Task InitializeAsync() => _db = await TestDatabase.CreateAsync();

    public async Task DisposeAsync() => await _db.DisposeAsync();

    [Fact]
    public async Task A_second_read_is_the_kept_passport_not_a_new_scoring()
    {
        var (owner, car) = await Garage.OwnerWithCarAsync(_db);

        var first = await ReadAsync(_db, owner.Id, car.Id);
        var second = await ReadAsync(_db, owner.Id, car.Id);

        Assert.Same(first!.Passport, second!.Passport);
    }

    [Fact]
    public async Task A_mileage_reading_is_seen_by_the_next_read()
    {
        var (owner, car) = await Garage.OwnerWithCarAsync(_db);
        await AssertCurrentAsync(_db, owner.Id, car.Id);

        (await _db.Get<OdometerUseCases>().LogAsync(owner.Id, car.Id, 51_000, false, default)).Ok();

        var after = await AssertCurrentAsync(_db, owner.Id, car.Id);
        Assert.Equal(51_000, after.Passport.Maintenance.CurrentOdometerKm);
    }

    [Fact]
    public async Task A_fill_up_is_seen_by_the_next_read()
    {
        var (owner, car) = await Garage.OwnerWithCarAsync(_db);
        var before = await AssertCurrentAsync(_db, owner.Id, car.Id);

        (await _db.Get<FuelUseCases>().LogAsync(owner.Id, car.Id, new FuelDraft(40, OdometerKm: 50_400), default)).Ok();

        var after = await AssertCurrentAsync(_db, owner.Id, car.Id);
        Assert.Contains(before.Passport.Completeness.MissingItems, m => m.Code == "fuel_entry");
        Assert.DoesNotContain(after.Passport.Completeness.MissingItems, m => m.Code == "fuel_entry");
    }

    [Fact]
    public async Task A_service_entry_is_seen_by_the_next_read()
    {
        var (owner, car) = await Garage.OwnerWithCarAsync(_db);
        var before = await AssertCurrentAsync(_db, owner.Id, car.Id);

        (
            await _db.Get<ServiceEntryUseCases>()
                .LogAsync(owner.Id, car.Id, new ServiceDraft(ServiceKind.EngineOil, OdometerKm: 50_000), default)
        ).Ok();

        var after = await AssertCurrentAsync(_db, owner.Id, car.Id);
        Assert.Equal(before.Passport.History.TotalRecords + 1, after.Passport.History.TotalRecords);
    }

    [Fact]
    public async Task A_visit_and_its_confirmation_are_each_seen_by_the_next_read()
    {
        var (owner, car) = await Garage.OwnerWithCarAsync(_db);
        var (center, employee) = await Garage.VerifiedCenterAsync(_db);
        (await _db.Get<ServiceCenterUseCases>().GrantAccessAsync(owner.Id, car.Id, center.Id, 7, default)).Ok();
        await AssertCurrentAsync(_db, owner.Id, car.Id);

        var visit = (
            await _db.Get<VisitUseCases>()
                .CreateAsync(
                    employee.Id,
                    center.Id,
                    car.Id,
                    new VisitDraft(TestDatabase.Start, "Oil change", 50_100),
                    default
                )
        ).Ok();
        var pending = await AssertCurrentAsync(_db, owner.Id, car.Id);
        (await _db.Get<VisitUseCases>().ConfirmAsync(owner.Id, visit.Id, default)).Ok();
        var confirmed = await AssertCurrentAsync(_db, owner.Id, car.Id);

        Assert.Equal(1, pending.PendingVisits);
        Assert.Equal(0, confirmed.PendingVisits);
        Assert.Equal(1, confirmed.Passport.History.ConfirmedVisits);
    }

    [Fact]
    public async Task A_centre_losing_its_verification_is_seen_on_the_cars_it_serviced()
    {
        var (owner, car) = await Garage.OwnerWithCarAsync(_db);
        var (center, employee) = await Garage.VerifiedCenterAsync(_db);
        (await _db.Get<ServiceCenterUseCases>().GrantAccessAsync(owner.Id, car.Id, center.Id, 7, default)).Ok();
        var visit = (
            await _db.Get<VisitUseCases>()
                .CreateAsync(employee.Id, center.Id, car.Id, new VisitDraft(TestDatabase.Start, "Brakes"), default)
        ).Ok();
        (await _db.Get<VisitUseCases>().ConfirmAsync(owner.Id, visit.Id, default)).Ok();
        var trusted = await AssertCurrentAsync(_db, owner.Id, car.Id);
        var admin = await _db.UserAsync(9999, isOperator: true);

        (
            await _db.Get<ServiceCenterUseCases>()
                .SetVerificationAsync(admin.Id, center.Id, false, "documents expired", default)
        ).Ok();

        var after = await AssertCurrentAsync(_db, owner.Id, car.Id);
        Assert.Equal(1, trusted.Passport.History.TrustedRecords);
        Assert.Equal(0, after.Passport.History.TrustedRecords);
    }

    [Fact]
    public async Task A_dispute_is_seen_by_the_next_read()
    {
        var (owner, car) = await Garage.OwnerWithCarAsync(_db);
        var (center, employee) = await Garage.VerifiedCenterAsync(_db);
        (await _db.Get<ServiceCenterUseCases>().GrantAccessAsync(owner.Id, car.Id, center.Id, 7, default)).Ok();
        var visit = (
            await _db.Get<VisitUseCases>()
                .CreateAsync(employee.Id, center.Id, car.Id, new VisitDraft(TestDatabase.Start, "Brakes"), default)
        ).Ok();
        await AssertCurrentAsync(_db, owner.Id, car.Id);

        (await _db.Get<VisitDecisionUseCases>().DisputeAsync(owner.Id, visit.Id, "Not done", default)).Ok();

        var after = await AssertCurrentAsync(_db, owner.Id, car.Id);
        Assert.Equal(1, after.Passport.History.UnresolvedDisputes);
        Assert.Equal(0, after.PendingVisits);
    }

    [Fact]
    public async Task Changed_details_are_seen_by_the_next_read()
    {
        var (owner, car) = await Garage.OwnerWithCarAsync(_db);
        await AssertCurrentAsync(_db, owner.Id, car.Id);

        (
            await _db.Get<VehicleUseCases>()
                .UpdateAsync(owner.Id, car.Id, new VehicleChanges(Vin: Garage.ValidVin), default)
        ).Ok();

        var after = await AssertCurrentAsync(_db, owner.Id, car.Id);
        Assert.DoesNotContain(after.Passport.Completeness.MissingItems, m => m.Code == "vin");
    }

    [Fact]
    public async Task Archiving_takes_the_car_out_of_the_garage_at_once()
    {
        var (owner, golf) = await Garage.OwnerWithCarAsync(_db);
        var polo = (await _db.Get<VehicleUseCases>().AddAsync(owner.Id, new VehicleDraft("Polo"), default)).Ok();
        var reader = _db.Get<PassportReader>();
        Assert.Equal(2, (await reader.GarageAsync(owner.Id, default)).Level.ActiveVehicles);

        (await _db.Get<VehicleUseCases>().ArchiveAsync(owner.Id, polo.Id, default)).Ok();

        var garage = await _db.Get<PassportReader>().GarageAsync(owner.Id, default);
        Assert.Equal([golf.Id], garage.Vehicles.Select(v => v.VehicleId));
        Assert.Equal(1, garage.Level.ActiveVehicles);
        Assert.Equal(garage.Vehicles[0].Completeness, garage.Level.GarageQuality);
    }

    [Fact]
    public async Task Every_write_gives_the_vehicle_a_version_never_seen_before()
    {
        var (owner, car) = await Garage.OwnerWithCarAsync(_db);
        var versions = new List<Guid?> { await VersionAsync(_db, car.Id) };

        for (var km = 50_100; km <= 50_500; km += 100)
        {
            (await _db.Get<OdometerUseCases>().LogAsync(owner.Id, car.Id, km, false, default)).Ok();
            versions.Add(await VersionAsync(_db, car.Id));
        }

        Assert.DoesNotContain(null, versions);
        Assert.Equal(versions.Count, versions.Distinct().Count());
    }

    [Fact]
    public async Task A_passport_computed_before_a_write_but_kept_after_it_is_never_served()
    {
        var (owner, car) = await Garage.OwnerWithCarAsync(_db);
        var stale = await ReadAsync(_db, owner.Id, car.Id);
        var oldVersion = await VersionAsync(_db, car.Id);
        (await _db.Get<OdometerUseCases>().LogAsync(owner.Id, car.Id, 52_000, false, default)).Ok();

        // A slow reader on another thread stores what it scored from the records before the write.
        _db.Get<PassportCache>()
            .Keep(
                car.Id,
                new CachedPassport(
                    oldVersion!.Value,
                    stale!.Passport,
                    [],
                    0,
                    new OwnerEvidence(0, false, []),
                    DateTime.MaxValue,
                    VehicleConsumption.Of(VehicleSnapshot.Empty(car.Id))
                )
            );

        var after = await AssertCurrentAsync(_db, owner.Id, car.Id);
        Assert.Equal(52_000, after.Passport.Maintenance.CurrentOdometerKm);
    }
}
