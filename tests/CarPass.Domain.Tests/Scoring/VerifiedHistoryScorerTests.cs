using CarPass.Domain.Maintenance;
using CarPass.Domain.Scoring;
using CarPass.Domain.Tests.TestData;
using CarPass.Domain.Visits;

namespace CarPass.Domain.Tests.Scoring;

public class VerifiedHistoryScorerTests
{
    private static readonly DateTime Now = SnapshotBuilder.Now;

    private static SnapshotBuilder History(int trustedVisits, int selfReported)
    {
        var builder = new SnapshotBuilder();
        for (var i = 0; i < trustedVisits; i++)
        {
            builder.WithVisit(VisitStatus.Confirmed, centerVerified: true, date: Now.AddDays(-10 * i));
        }
        for (var i = 0; i < selfReported; i++)
        {
            builder.WithService(date: Now.AddDays(-10 * i));
        }
        return builder;
    }

    [Theory]
    [InlineData(4, 1, 80, VerifiedHistoryStatus.Verified)]
    [InlineData(3, 1, 75, VerifiedHistoryStatus.PartiallyVerified)]
    [InlineData(80, 20, 80, VerifiedHistoryStatus.Verified)]
    [InlineData(79, 21, 79, VerifiedHistoryStatus.PartiallyVerified)]
    [InlineData(30, 70, 30, VerifiedHistoryStatus.PartiallyVerified)]
    [InlineData(29, 71, 29, VerifiedHistoryStatus.PartiallyVerified)]
    [InlineData(1, 0, 100, VerifiedHistoryStatus.Verified)]
    [InlineData(0, 3, 0, VerifiedHistoryStatus.SelfReported)]
    public void Verified_needs_eighty_percent_trusted_records(
        int trusted,
        int selfReported,
        int expectedScore,
        VerifiedHistoryStatus expectedStatus
    )
    {
        var result = VerifiedHistoryScorer.Score(History(trusted, selfReported).Build());

        Assert.Equal(expectedScore, result.Score);
        Assert.Equal(expectedStatus, result.Status);
        Assert.Equal(trusted + selfReported, result.TotalRecords);
        Assert.Equal(trusted, result.TrustedRecords);
    }

    [Fact]
    public void No_records_score_zero_and_stay_self_reported()
    {
        var result = VerifiedHistoryScorer.Score(new SnapshotBuilder().Build());

        Assert.Equal(new VerifiedHistoryResult(0, VerifiedHistoryStatus.SelfReported, 0, 0, 0, 0), result);
    }

    [Fact]
    public void A_confirmed_visit_at_an_unverified_centre_is_not_trusted()
    {
        var snapshot = new SnapshotBuilder().WithVisit(VisitStatus.Confirmed, centerVerified: false).Build();

        var result = VerifiedHistoryScorer.Score(snapshot);

        Assert.Equal(0, result.TrustedRecords);
        Assert.Equal(1, result.ConfirmedVisits);
        Assert.Equal(0, result.Score);
        Assert.Equal(VerifiedHistoryStatus.PartiallyVerified, result.Status);
    }

    [Fact]
    public void A_disputed_visit_counts_as_a_record_and_blocks_verified()
    {
        var snapshot = History(5, 0).WithVisit(VisitStatus.Disputed, date: Now.AddDays(-100)).Build();

        var result = VerifiedHistoryScorer.Score(snapshot);

        Assert.Equal(6, result.TotalRecords);
        Assert.Equal(1, result.UnresolvedDisputes);
        Assert.Equal(83 - 15, result.Score);
        Assert.Equal(VerifiedHistoryStatus.PartiallyVerified, result.Status);
    }

    [Fact]
    public void An_unresolved_dispute_on_a_confirmed_visit_blocks_verified()
    {
        var snapshot = History(4, 0).WithVisit(date: Now.AddDays(-100), unresolvedDispute: true).Build();

        var result = VerifiedHistoryScorer.Score(snapshot);

        Assert.Equal(5, result.TrustedRecords);
        Assert.Equal(100 - 15, result.Score);
        Assert.Equal(VerifiedHistoryStatus.PartiallyVerified, result.Status);
    }

    [Fact]
    public void Disputes_cannot_push_the_score_below_zero()
    {
        var builder = History(1, 0);
        for (var i = 1; i <= 8; i++)
        {
            builder.WithVisit(VisitStatus.Disputed, date: Now.AddDays(-10 * i));
        }

        Assert.Equal(0, VerifiedHistoryScorer.Score(builder.Build()).Score);
    }

    [Theory]
    [InlineData(VisitStatus.PendingConfirmation)]
    [InlineData(VisitStatus.Rejected)]
    [InlineData(VisitStatus.Cancelled)]
    [InlineData(VisitStatus.Hidden)]
    public void Pending_and_withdrawn_visits_are_not_history(VisitStatus status)
    {
        var snapshot = new SnapshotBuilder().WithService().WithVisit(status).Build();

        var result = VerifiedHistoryScorer.Score(snapshot);

        Assert.Equal(1, result.TotalRecords);
        Assert.Equal(0, result.ConfirmedVisits);
        Assert.Equal(VerifiedHistoryStatus.SelfReported, result.Status);
    }

    [Fact]
    public void Deleted_self_reported_entries_are_not_history()
    {
        var snapshot = History(4, 0).WithService(deleted: true).Build();

        var result = VerifiedHistoryScorer.Score(snapshot);

        Assert.Equal(4, result.TotalRecords);
        Assert.Equal(VerifiedHistoryStatus.Verified, result.Status);
    }

    [Fact]
    public void Duplicate_visits_count_once()
    {
        var centre = Guid.NewGuid();
        var snapshot = new SnapshotBuilder()
            .WithService(date: Now.AddDays(-30))
            .WithVisit(date: Now, km: 100_000, centerId: centre)
            .WithVisit(date: Now.AddHours(3), km: 100_000, centerId: centre, createdAt: Now.AddHours(4))
            .Build();

        var result = VerifiedHistoryScorer.Score(snapshot);

        Assert.Equal(2, result.TotalRecords);
        Assert.Equal(1, result.ConfirmedVisits);
        Assert.Equal(50, result.Score);
    }

    [Fact]
    public void Padding_with_duplicate_self_reported_entries_does_not_dilute_the_ratio()
    {
        var snapshot = History(4, 1).WithService(date: Now.AddHours(1)).WithService(date: Now.AddDays(1)).Build();

        var result = VerifiedHistoryScorer.Score(snapshot);

        Assert.Equal(5, result.TotalRecords);
        Assert.Equal(VerifiedHistoryStatus.Verified, result.Status);
    }

    [Fact]
    public void A_duplicate_never_hides_a_dispute()
    {
        var centre = Guid.NewGuid();
        var snapshot = new SnapshotBuilder()
            .WithVisit(VisitStatus.Confirmed, date: Now, centerId: centre, createdAt: Now)
            .WithVisit(VisitStatus.Disputed, date: Now, centerId: centre, createdAt: Now.AddHours(1))
            .Build();

        var result = VerifiedHistoryScorer.Score(snapshot);

        Assert.Equal(1, result.TotalRecords);
        Assert.Equal(1, result.UnresolvedDisputes);
        Assert.Equal(VerifiedHistoryStatus.PartiallyVerified, result.Status);
    }

    [Theory]
    [InlineData(3, 50_300, 1, VerifiedHistoryStatus.Verified)]
    [InlineData(-14, null, 1, VerifiedHistoryStatus.Verified)]
    [InlineData(15, 50_300, 2, VerifiedHistoryStatus.PartiallyVerified)]
    [InlineData(3, 51_100, 2, VerifiedHistoryStatus.PartiallyVerified)]
    public void The_owners_entry_of_a_confirmed_visits_work_is_that_visit(
        int daysAfterVisit,
        int? entryKm,
        int expectedRecords,
        VerifiedHistoryStatus expected
    )
    {
        var visitDay = Now.AddDays(-20);
        var snapshot = new SnapshotBuilder()
            .WithVisit(date: visitDay, km: 50_000, work: [ServiceKind.EngineOil, ServiceKind.OilFilter])
            .WithService(ServiceKind.EngineOil, visitDay.AddDays(daysAfterVisit), entryKm)
            .Build();

        var result = VerifiedHistoryScorer.Score(snapshot);

        Assert.Equal(expectedRecords, result.TotalRecords);
        Assert.Equal(expected, result.Status);
        Assert.Equal(2 - expectedRecords, result.SameAsVisit);
    }

    [Fact]
    public void Other_work_near_a_confirmed_visit_is_a_record_of_its_own()
    {
        var snapshot = new SnapshotBuilder()
            .WithVisit(km: 50_000, work: [ServiceKind.EngineOil])
            .WithService(ServiceKind.BrakePads, km: 50_000)
            .Build();

        Assert.Equal(2, VerifiedHistoryScorer.Score(snapshot).TotalRecords);
    }

    [Fact]
    public void Rejected_and_cancelled_visits_are_reported_but_never_records()
    {
        var snapshot = new SnapshotBuilder()
            .WithVisit(VisitStatus.Confirmed)
            .WithVisit(VisitStatus.Rejected, date: Now.AddDays(-30))
            .WithVisit(VisitStatus.Rejected, date: Now.AddDays(-60))
            .WithVisit(VisitStatus.Cancelled, date: Now.AddDays(-90))
            .Build();

        var result = VerifiedHistoryScorer.Score(snapshot);

        Assert.Equal((2, 1), (result.RejectedVisits, result.CancelledVisits));
        Assert.Equal((1, 1, 100), (result.TrustedRecords, result.TotalRecords, result.Score));
    }
}
