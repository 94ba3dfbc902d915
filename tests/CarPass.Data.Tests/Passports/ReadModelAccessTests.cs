using CarPass.Data.Access;
using CarPass.Data.Fuel;
using CarPass.Data.Ownership;
using CarPass.Data.Passports;
using CarPass.Data.Reminders;
using CarPass.Data.Tests.Support;
using CarPass.Domain.Maintenance;
using static CarPass.Data.Tests.Passports.ReadModel;

namespace CarPass.Data.Tests.Passports;

/// <summary>
/// Kept passports never carry a permission: access is checked on every read. And what moves with the
/// clock (due dates, the garage's six-month window, grants that expire) moves without a write.
/// </summary>
public sealed class ReadModelAccessTests : IAsyncLifetime
{
    private TestDatabase _db = null!;

    public async Task InitializeAsync() => _db = await TestDatabase.CreateAsync();

    public async Task DisposeAsync() => await _db.DisposeAsync();

    [Fact]
    public async Task A_viewer_sees_the_kept_passport_until_the_owner_revokes_the_grant_then_nothing()
    {
        var (owner, car) = await Garage.OwnerWithCarAsync(_db);
        var viewer = await _db.UserAsync(42);
        var grant = await ViewerGrantAsync(car.Id, viewer.Id, expiresAt: null);
        var owners = await ReadAsync(_db, owner.Id, car.Id);
        var viewers = await ReadAsync(_db, viewer.Id, car.Id);
        Assert.Same(owners!.Passport, viewers!.Passport);

        (await _db.Get<AccessUseCases>().RevokeAsync(owner.Id, grant, default)).Ok();

        Assert.Null(await ReadAsync(_db, viewer.Id, car.Id));
        Assert.Empty((await _db.Get<PassportReader>().GarageAsync(viewer.Id, default)).Vehicles);
        Assert.NotNull(await ReadAsync(_db, owner.Id, car.Id));
    }

    [Fact]
    public async Task A_grant_given_after_the_passport_was_kept_opens_it_at_once_and_one_that_expires_closes_it()
    {
        var (owner, car) = await Garage.OwnerWithCarAsync(_db);
        var viewer = await _db.UserAsync(43);
        await ReadAsync(_db, owner.Id, car.Id);
        Assert.Null(await ReadAsync(_db, viewer.Id, car.Id));

        await ViewerGrantAsync(car.Id, viewer.Id, expiresAt: TestDatabase.Start.AddDays(1));

        Assert.NotNull(await ReadAsync(_db, viewer.Id, car.Id));
        Assert.Single((await _db.Get<PassportReader>().GarageAsync(viewer.Id, default)).Vehicles);
        _db.Clock.Advance(TimeSpan.FromDays(1));
        Assert.Null(await ReadAsync(_db, viewer.Id, car.Id));
        Assert.Empty((await _db.Get<PassportReader>().GarageAsync(viewer.Id, default)).Vehicles);
    }

    [Fact]
    public async Task A_sale_moves_the_passport_to_the_buyer_at_once()
    {
        var (seller, car) = await Garage.OwnerWithCarAsync(_db);
        var buyer = await _db.UserAsync(55);
        await AssertCurrentAsync(_db, seller.Id, car.Id);
        var ownership = _db.Get<OwnershipUseCases>();

        var offer = (await ownership.OfferAsync(seller.Id, car.Id, default)).Ok().Transfer;
        (await ownership.AcceptAsync(buyer.Id, offer.Code, default)).Ok();

        Assert.Null(await ReadAsync(_db, seller.Id, car.Id));
        Assert.Empty((await _db.Get<PassportReader>().GarageAsync(seller.Id, default)).Vehicles);
        await AssertCurrentAsync(_db, buyer.Id, car.Id);
        Assert.Equal(
            [car.Id],
            (await _db.Get<PassportReader>().GarageAsync(buyer.Id, default)).Vehicles.Select(v => v.VehicleId)
        );
    }

    [Fact]
    public async Task A_kept_passport_turns_due_soon_and_overdue_at_the_exact_moments_without_a_write()
    {
        var (owner, car) = await Garage.OwnerWithCarAsync(_db);
        var due = TestDatabase.Start.AddDays(45);
        (
            await _db.Get<ReminderUseCases>()
                .SetAsync(
                    owner.Id,
                    car.Id,
                    new ReminderDraft(ServiceKind.Coolant, null, 12, due.AddMonths(-12)),
                    default
                )
        ).Ok();
        var first = await ReadAsync(_db, owner.Id, car.Id);

        _db.Clock.Advance(due - ReminderEvaluator.DueSoonWindow - TestDatabase.Start - TimeSpan.FromTicks(1));
        var justBefore = await ReadAsync(_db, owner.Id, car.Id);
        _db.Clock.Advance(TimeSpan.FromTicks(1));
        var dueSoon = await AssertCurrentAsync(_db, owner.Id, car.Id);
        _db.Clock.Advance(ReminderEvaluator.DueSoonWindow);
        var overdue = await AssertCurrentAsync(_db, owner.Id, car.Id);

        Assert.Same(first!.Passport, justBefore!.Passport);
        Assert.Equal(ReminderDue.Ok, Coolant(justBefore));
        Assert.Equal(ReminderDue.DueSoon, Coolant(dueSoon));
        Assert.Equal(ReminderDue.Overdue, Coolant(overdue));
        Assert.Equal(MaintenanceStatus.Red, overdue.Passport.Maintenance.Status);
    }

    [Fact]
    public async Task The_garages_six_months_move_with_the_clock_from_the_kept_passports()
    {
        var (owner, car) = await Garage.OwnerWithCarAsync(_db);
        (await _db.Get<FuelUseCases>().LogAsync(owner.Id, car.Id, new FuelDraft(40, OdometerKm: 50_400), default)).Ok();
        var reader = _db.Get<PassportReader>();
        var now = (await reader.GarageAsync(owner.Id, default)).Level.MonthsWithRecords;

        _db.Clock.Advance(TimeSpan.FromDays(200));

        Assert.Equal(1, now);
        Assert.Equal(0, (await _db.Get<PassportReader>().GarageAsync(owner.Id, default)).Level.MonthsWithRecords);
    }

    private static ReminderDue Coolant(PassportView view) =>
        view.Passport.Maintenance.Reminders.Single(r => r.Kind == ServiceKind.Coolant).Due;

    /// <summary>A person's read-only grant. The product has no flow that gives one yet, so it is written directly.</summary>
    private async Task<Guid> ViewerGrantAsync(Guid vehicleId, Guid viewerId, DateTime? expiresAt)
    {
        await using var db = _db.NewContext();
        var grant = new VehicleAccessGrant
        {
            VehicleId = vehicleId,
            Role = AccessRole.Viewer,
            UserId = viewerId,
            GrantedAt = _db.Clock.GetUtcNow().UtcDateTime,
            ExpiresAt = expiresAt,
        };
        db.VehicleAccessGrants.Add(grant);
        await db.SaveChangesAsync();
        return grant.Id;
    }
}
