using CarPass.Data.Access;
using CarPass.Data.Ownership;
using CarPass.Data.Scores;
using CarPass.Data.ServiceCenters;
using CarPass.Data.Tests.Support;
using CarPass.Data.Users;
using CarPass.Data.Vehicles;
using CarPass.Data.Visits;
using CarPass.Domain.ServiceCenters;
using Microsoft.EntityFrameworkCore;

namespace CarPass.Data.Tests.Scores;

/// <summary>
/// Centre trust is read from the stored row everywhere, so every write that changes what trust
/// counts must leave that row equal to a fresh score.
/// </summary>
public sealed class StoredCenterTrustTests : IAsyncLifetime
{
    private TestDatabase _db = null!;
    private ServiceCenter _center = null!;
    private User _manager = null!;
    private User _staff = null!;
    private User _owner = null!;
    private Vehicle _car = null!;

    public async Task InitializeAsync()
    {
        _db = await TestDatabase.CreateAsync();
        (_center, _manager) = await Garage.VerifiedCenterAsync(_db);
        _staff = await Garage.StaffAsync(_db, _center, _manager);
        (_owner, _car) = await Garage.OwnerWithCarAsync(_db);
    }

    public async Task DisposeAsync() => await _db.DisposeAsync();

    [Fact]
    public async Task A_sale_that_ends_a_switched_off_employees_grant_refreshes_the_centres_stored_trust()
    {
        var access = _db.Get<AccessUseCases>();
        var request = (await access.RequestAsync(_staff.Id, _center.Id, _car.Id, default)).Ok();
        (await access.DecideAsync(_owner.Id, request.Id, 30, default)).Ok();
        var employee = await _db.ScalarAsync(c => c.Employees.SingleAsync(e => e.UserId == _staff.Id));
        (await _db.Get<TeamUseCases>().SetActiveAsync(_manager.Id, employee.Id, false, default)).Ok();
        var penalised = await StoredAsync();
        var buyer = await _db.UserAsync(1002);
        var ownership = _db.Get<OwnershipUseCases>();

        var link = (await ownership.OfferAsync(_owner.Id, _car.Id, default)).Ok().Transfer;
        (await ownership.AcceptAsync(buyer.Id, link.Code, default)).Ok();

        Assert.Equal(0, (await FreshSnapshotAsync()).DisabledEmployeesHoldingGrants);
        Assert.Equal(await FreshAsync(), await StoredAsync());
        Assert.True((await StoredAsync()).Score > penalised.Score);
    }

    [Fact]
    public async Task After_each_step_of_the_service_loop_the_stored_trust_is_a_fresh_score()
    {
        (await _db.Get<ServiceCenterUseCases>().GrantAccessAsync(_owner.Id, _car.Id, _center.Id, 30, default)).Ok();
        Assert.Equal(await FreshAsync(), await StoredAsync());
        var visits = _db.Get<VisitUseCases>();
        var first = (await visits.CreateAsync(_staff.Id, _center.Id, _car.Id, Draft(1), default)).Ok();
        Assert.Equal(await FreshAsync(), await StoredAsync());
        (await visits.ConfirmAsync(_owner.Id, first.Id, default)).Ok();
        Assert.Equal(await FreshAsync(), await StoredAsync());
        var second = (await visits.CreateAsync(_staff.Id, _center.Id, _car.Id, Draft(2), default)).Ok();
        var dispute = (await _db.Get<VisitDecisionUseCases>().DisputeAsync(_owner.Id, second.Id, "No", default)).Ok();
        Assert.Equal(await FreshAsync(), await StoredAsync());
        var admin = await _db.UserAsync(9999, isOperator: true);
        (await _db.Get<DisputeUseCases>().ResolveAsync(admin.Id, dispute.Dispute.Id, true, null, default)).Ok();
        Assert.Equal(await FreshAsync(), await StoredAsync());
        (
            await _db.Get<ServiceCenterUseCases>().SetVerificationAsync(admin.Id, _center.Id, false, "Docs", default)
        ).Ok();
        Assert.Equal(await FreshAsync(), await StoredAsync());
    }

    [Fact]
    public async Task The_centre_card_shows_the_stored_trust()
    {
        await using (var context = _db.NewContext())
        {
            var row = await context.ServiceCenterScores.SingleAsync(s => s.ServiceCenterId == _center.Id);
            row.TrustLevel = TrustLevel.Reliable;
            row.TrustScore = 77;
            await context.SaveChangesAsync();
        }

        var card = await _db.Get<CenterReader>().CardAsync(_center.Id, default);

        Assert.Equal((77, TrustLevel.Reliable), (card!.Trust.Score, card.Trust.Level));
    }

    private async Task<TrustResult> StoredAsync() =>
        (await _db.Get<CenterReader>().CardAsync(_center.Id, default))!.Trust;

    private async Task<TrustResult> FreshAsync() => TrustScorer.Score(await FreshSnapshotAsync());

    private async Task<ServiceCenterSnapshot> FreshSnapshotAsync() =>
        (
            await _db.Get<SnapshotReader>()
                .ReadServiceCenterAsync(_center.Id, _db.Clock.GetUtcNow().UtcDateTime, default)
        )!;

    private static VisitDraft Draft(int day) => new(TestDatabase.Start.AddDays(-10 + day), $"Work {day}");
}
