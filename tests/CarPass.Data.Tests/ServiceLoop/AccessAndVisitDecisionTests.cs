using CarPass.Data.Access;
using CarPass.Data.Scores;
using CarPass.Data.ServiceCenters;
using CarPass.Data.Tests.Support;
using CarPass.Data.Timeline;
using CarPass.Data.Users;
using CarPass.Data.Vehicles;
using CarPass.Data.Visits;
using CarPass.Domain.Scoring;
using CarPass.Domain.ServiceCenters;
using CarPass.Domain.Visits;
using Microsoft.EntityFrameworkCore;

namespace CarPass.Data.Tests.ServiceLoop;

public sealed class AccessAndVisitDecisionTests : IAsyncLifetime
{
    private TestDatabase _db = null!;
    private User _owner = null!;
    private Vehicle _car = null!;
    private ServiceCenter _center = null!;
    private User _employee = null!;

    public async Task InitializeAsync()
    {
        _db = await TestDatabase.CreateAsync();
        (_owner, _car) = await Garage.OwnerWithCarAsync(_db);
        (_center, _employee) = await Garage.VerifiedCenterAsync(_db);
    }

    public async Task DisposeAsync() => await _db.DisposeAsync();

    [Fact]
    public async Task An_approved_request_opens_the_vehicle_for_its_days_and_then_closes_it_by_itself()
    {
        var access = _db.Get<AccessUseCases>();
        var request = (await access.RequestAsync(_employee.Id, _center.Id, _car.Id, default)).Ok();

        (await access.DecideAsync(_owner.Id, request.Id, 7, default)).Ok();
        var twice = await access.DecideAsync(_owner.Id, request.Id, 30, default);

        Assert.Equal("request_already_decided", twice.Error?.Code);
        Assert.True(await CenterHasAccessAsync());
        _db.Clock.Advance(TimeSpan.FromDays(7));
        Assert.False(await CenterHasAccessAsync());
    }

    [Fact]
    public async Task The_owner_can_revoke_at_any_time_and_a_stranger_can_neither_decide_nor_revoke()
    {
        var access = _db.Get<AccessUseCases>();
        var request = (await access.RequestAsync(_employee.Id, _center.Id, _car.Id, default)).Ok();
        var stranger = await _db.UserAsync(77);

        var byStranger = await access.DecideAsync(stranger.Id, request.Id, 30, default);
        var approved = (await access.DecideAsync(_owner.Id, request.Id, 30, default)).Ok();
        var revokeByStranger = await access.RevokeAsync(stranger.Id, approved.GrantId!.Value, default);
        (await access.RevokeAsync(_owner.Id, approved.GrantId.Value, default)).Ok();

        Assert.Equal("request_not_found", byStranger.Error?.Code);
        Assert.Equal("grant_not_found", revokeByStranger.Error?.Code);
        Assert.False(await CenterHasAccessAsync());
    }

    [Fact]
    public async Task A_dispute_resolved_for_the_centre_ends_the_dispute_and_leaves_trust_to_the_owner()
    {
        var visit = await ConfirmedVisitAsync();
        Assert.Equal(VerifiedHistoryStatus.Verified, await HistoryAsync());

        (
            await _db.Get<VisitDecisionUseCases>()
                .DisputeAsync(_owner.Id, visit.Id, "Filter was not changed", default, afterConfirming: true)
        ).Ok();
        Assert.NotEqual(VerifiedHistoryStatus.Verified, await HistoryAsync());
        var dispute = await _db.ScalarAsync(c => c.Disputes.SingleAsync());
        (
            await _db.Get<DisputeUseCases>().RespondAsync(_employee.Id, dispute.Id, "It was, see the receipt", default)
        ).Ok();
        var notOperator = await _db.Get<DisputeUseCases>().ResolveAsync(_owner.Id, dispute.Id, true, null, default);
        var admin = await _db.UserAsync(9999, isOperator: true);
        (
            await _db.Get<DisputeUseCases>()
                .ResolveAsync(admin.Id, dispute.Id, forOwner: false, "Receipt checked", default)
        ).Ok();

        Assert.Equal("operator_only", notOperator.Error?.Code);
        Assert.Equal(
            VisitStatus.PendingConfirmation,
            await _db.ScalarAsync(c => c.ServiceVisits.Select(v => v.Status).SingleAsync())
        );
        Assert.NotEqual(VerifiedHistoryStatus.Verified, await HistoryAsync());
        var trust = await CenterTrustAsync();
        Assert.Equal((0, 0.0, 0.0), (trust.ConfirmedVisits, trust.ConfirmationRate, trust.DisputeRate));

        (await _db.Get<VisitUseCases>().ConfirmAsync(_owner.Id, visit.Id, default)).Ok();

        Assert.Equal(VerifiedHistoryStatus.Verified, await HistoryAsync());
    }

    [Fact]
    public async Task The_timeline_shows_an_operators_decision_with_its_note()
    {
        var visit = await PendingVisitAsync();
        (await _db.Get<VisitDecisionUseCases>().DisputeAsync(_owner.Id, visit.Id, "Not done", default)).Ok();
        var dispute = await _db.ScalarAsync(c => c.Disputes.SingleAsync());
        var admin = await _db.UserAsync(9999, isOperator: true);
        _db.Clock.Advance(TimeSpan.FromHours(2));

        (await _db.Get<DisputeUseCases>().ResolveAsync(admin.Id, dispute.Id, false, "Receipt checked", default)).Ok();

        var page = await _db.Get<TimelineReader>().ReadAsync(_owner.Id, _car.Id, null, 20, default);
        var decision = Assert.Single(page!.Entries, e => e.Type == TimelineEntryType.DisputeResolved);
        Assert.Equal(("resolved_for_center", "Receipt checked"), (decision.Status, decision.Note));
        Assert.Contains(page.Entries, e => e.Type == TimelineEntryType.Visit && e.Status == "pending_confirmation");
    }

    [Fact]
    public async Task Not_mine_and_hide_leave_the_visit_and_its_trail_in_place()
    {
        var visit = await PendingVisitAsync();
        var decisions = _db.Get<VisitDecisionUseCases>();

        var hideEarly = await decisions.HideAsync(_owner.Id, visit.Id, default);
        (await decisions.RejectAsync(_owner.Id, visit.Id, default)).Ok();
        (await decisions.HideAsync(_owner.Id, visit.Id, default)).Ok();

        Assert.Equal("visit_not_hideable", hideEarly.Error?.Code);
        var stored = await _db.ScalarAsync(c => c.ServiceVisits.SingleAsync());
        Assert.Equal(VisitStatus.Rejected, stored.Status);
        Assert.NotNull(stored.HiddenAt);
        var trail = await _db.ScalarAsync(c =>
            c.AuditLog.Where(a => a.EntityId == visit.Id).OrderBy(a => a.OccurredAt).Select(a => a.Action).ToListAsync()
        );
        Assert.Equal(["visit.created", "visit.rejected", "visit.hidden"], trail);
    }

    [Fact]
    public async Task Confirm_racing_dispute_and_not_mine_gives_exactly_one_outcome()
    {
        for (var round = 0; round < 10; round++)
        {
            var visit = await PendingVisitAsync(round);
            var attempts = new Func<Task<bool>>[]
            {
                async () => (await _db.Get<VisitUseCases>().ConfirmAsync(_owner.Id, visit.Id, default)).IsSuccess,
                async () =>
                    (await _db.Get<VisitDecisionUseCases>().DisputeAsync(_owner.Id, visit.Id, "No", default)).IsSuccess,
                async () =>
                    (await _db.Get<VisitDecisionUseCases>().RejectAsync(_owner.Id, visit.Id, default)).IsSuccess,
                async () => (await _db.Get<VisitUseCases>().ConfirmAsync(_owner.Id, visit.Id, default)).IsSuccess,
            };

            var results = await Task.WhenAll(attempts.Select(a => Task.Run(a)));

            Assert.Equal(1, results.Count(ok => ok));
            var decisions = await _db.ScalarAsync(c =>
                c.AuditLog.CountAsync(a => a.EntityId == visit.Id && a.Action != "visit.created")
            );
            Assert.Equal(1, decisions);
        }
    }

    [Fact]
    public async Task A_centre_can_cancel_only_its_own_pending_visit()
    {
        var visit = await PendingVisitAsync();
        var (_, outsider) = await Garage.VerifiedCenterAsync(_db, employeeTelegramId: 3001);

        var foreign = await _db.Get<VisitDecisionUseCases>().CancelAsync(outsider.Id, visit.Id, default);
        (await _db.Get<VisitDecisionUseCases>().CancelAsync(_employee.Id, visit.Id, default)).Ok();
        var again = await _db.Get<VisitDecisionUseCases>().CancelAsync(_employee.Id, visit.Id, default);

        Assert.Equal("visit_not_found", foreign.Error?.Code);
        Assert.Equal("visit_not_cancellable", again.Error?.Code);
    }

    private async Task<ServiceVisit> PendingVisitAsync(int dayOffset = 0)
    {
        if (!await CenterHasAccessAsync())
            (await _db.Get<ServiceCenterUseCases>().GrantAccessAsync(_owner.Id, _car.Id, _center.Id, 30, default)).Ok();
        var draft = new VisitDraft(TestDatabase.Start.AddDays(-30 + dayOffset * 2), $"Work {dayOffset}");
        return (await _db.Get<VisitUseCases>().CreateAsync(_employee.Id, _center.Id, _car.Id, draft, default)).Ok();
    }

    private async Task<ServiceVisit> ConfirmedVisitAsync(int dayOffset = 0)
    {
        var visit = await PendingVisitAsync(dayOffset);
        return (await _db.Get<VisitUseCases>().ConfirmAsync(_owner.Id, visit.Id, default)).Ok();
    }

    [Fact]
    public async Task Hiding_a_visit_does_not_change_the_centres_trust_figures()
    {
        var disputed = await PendingVisitAsync();
        (await _db.Get<VisitDecisionUseCases>().DisputeAsync(_owner.Id, disputed.Id, "Not done", default)).Ok();
        var confirmed = await ConfirmedVisitAsync(dayOffset: 1);
        var before = await CenterTrustAsync();

        (await _db.Get<VisitDecisionUseCases>().HideAsync(_owner.Id, disputed.Id, default)).Ok();
        (await _db.Get<VisitDecisionUseCases>().HideAsync(_owner.Id, confirmed.Id, default)).Ok();

        var after = await CenterTrustAsync();
        Assert.Equal((1, 0.5, 0.5), (before.ConfirmedVisits, before.ConfirmationRate, before.DisputeRate));
        Assert.Equal(before, after);
        var timeline = await _db.Get<TimelineReader>().ReadAsync(_owner.Id, _car.Id, null, 20, default);
        Assert.DoesNotContain(timeline!.Entries, e => e.Type == TimelineEntryType.Visit);
    }

    /// <summary>The centre's figures computed afresh from its visits, as the nightly recompute would store them.</summary>
    private async Task<TrustResult> CenterTrustAsync() =>
        TrustScorer.Score(
            (
                await _db.Get<SnapshotReader>()
                    .ReadServiceCenterAsync(_center.Id, _db.Clock.GetUtcNow().UtcDateTime, default)
            )!
        );

    private Task<bool> CenterHasAccessAsync() =>
        _db.Get<VehicleAccessReader>()
            .CenterHasAccessAsync(_center.Id, _car.Id, _db.Clock.GetUtcNow().UtcDateTime, default);

    private Task<VerifiedHistoryStatus> HistoryAsync() =>
        _db.ScalarAsync(c =>
            c.VehicleScores.Where(s => s.VehicleId == _car.Id).Select(s => s.VerifiedHistoryStatus).SingleAsync()
        );
}
