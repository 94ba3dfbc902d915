using CarPass.Data.Access;
using CarPass.Data.Scores;
using CarPass.Data.ServiceCenters;
using CarPass.Data.Tests.Support;
using CarPass.Data.Users;
using CarPass.Data.Vehicles;
using CarPass.Data.Visits;

namespace CarPass.Data.Tests.Scores;

/// <summary>Centres read together (a recompute, a timeline) get exactly the figures each gets alone.</summary>
public sealed class CenterSnapshotTests : IAsyncLifetime
{
    private TestDatabase _db = null!;

    public async Task InitializeAsync() => _db = await TestDatabase.CreateAsync();

    public async Task DisposeAsync() => await _db.DisposeAsync();

    [Fact]
    public async Task Centres_read_together_each_keep_their_own_visits_disputes_and_staff()
    {
        var (busy, busyStaff) = await Garage.VerifiedCenterAsync(_db, 2001);
        var (quiet, quietStaff) = await Garage.VerifiedCenterAsync(_db, 2002);
        var (owner, car) = await Garage.OwnerWithCarAsync(_db, 1001);
        var (otherOwner, otherCar) = await Garage.OwnerWithCarAsync(_db, 1002);
        var confirmed = await VisitAsync(busy, busyStaff, owner, car, 0);
        (await _db.Get<VisitUseCases>().ConfirmAsync(owner.Id, confirmed.Id, default)).Ok();
        await VisitAsync(busy, busyStaff, owner, car, 1);
        var disputed = await VisitAsync(quiet, quietStaff, otherOwner, otherCar, 2);
        (await _db.Get<VisitDecisionUseCases>().DisputeAsync(otherOwner.Id, disputed.Id, "Not done", default)).Ok();
        var reader = _db.Get<SnapshotReader>();
        var now = _db.Clock.GetUtcNow().UtcDateTime;

        var together = await reader.ReadServiceCentersAsync([busy.Id, quiet.Id, Guid.NewGuid()], now, default);
        var busyAlone = await reader.ReadServiceCenterAsync(busy.Id, now, default);
        var quietAlone = await reader.ReadServiceCenterAsync(quiet.Id, now, default);

        Assert.Equal(2, together.Count);
        Assert.Equal(busyAlone, together[busy.Id]);
        Assert.Equal(quietAlone, together[quiet.Id]);
        Assert.Equal(
            (1, 1, 0, 1),
            (busyAlone!.ConfirmedVisits, busyAlone.PendingVisits, busyAlone.DisputedVisits, busyAlone.ActiveEmployees)
        );
        Assert.Equal(
            (0, 0, 1, 1),
            (
                quietAlone!.ConfirmedVisits,
                quietAlone.PendingVisits,
                quietAlone.DisputedVisits,
                quietAlone.UnresolvedDisputes
            )
        );
    }

    private async Task<ServiceVisit> VisitAsync(ServiceCenter center, User staff, User owner, Vehicle car, int day)
    {
        var now = _db.Clock.GetUtcNow().UtcDateTime;
        if (!await _db.Get<VehicleAccessReader>().CenterHasAccessAsync(center.Id, car.Id, now, default))
            (await _db.Get<ServiceCenterUseCases>().GrantAccessAsync(owner.Id, car.Id, center.Id, 30, default)).Ok();
        var draft = new VisitDraft(TestDatabase.Start.AddDays(-30 + day), $"Work {day}");
        return (await _db.Get<VisitUseCases>().CreateAsync(staff.Id, center.Id, car.Id, draft, default)).Ok();
    }
}
