using CarPass.Domain.Maintenance;
using CarPass.Domain.Scoring;
using CarPass.Domain.Tests.TestData;
using CarPass.Domain.Visits;

namespace CarPass.Domain.Tests.Scoring;

public class HistoryDeduplicationTests
{
    private static readonly DateTime Now = SnapshotBuilder.Now;

    [Theory]
    [InlineData(0, 100_000, 100_000, ServiceKind.EngineOil, 1)]
    [InlineData(48, 100_000, 100_000, ServiceKind.EngineOil, 1)]
    [InlineData(49, 100_000, 100_000, ServiceKind.EngineOil, 2)]
    [InlineData(24, 100_000, null, ServiceKind.EngineOil, 1)]
    [InlineData(24, null, 100_500, ServiceKind.EngineOil, 1)]
    [InlineData(24, 100_000, 100_500, ServiceKind.EngineOil, 2)]
    [InlineData(0, 100_000, 100_000, ServiceKind.AirFilter, 2)]
    public void Same_kind_self_reported_entries_within_two_days_count_once(
        int hoursApart,
        int? firstKm,
        int? secondKm,
        ServiceKind secondKind,
        int expectedCount
    )
    {
        var snapshot = new SnapshotBuilder()
            .WithService(ServiceKind.EngineOil, Now, firstKm)
            .WithService(secondKind, Now.AddHours(hoursApart), secondKm)
            .Build();

        Assert.Equal(expectedCount, HistoryDeduplication.SelfReported(snapshot.ServiceEntries).Count);
    }

    [Fact]
    public void A_duplicate_is_measured_against_the_counted_entry_so_repeats_do_not_chain()
    {
        var snapshot = new SnapshotBuilder()
            .WithService(date: Now)
            .WithService(date: Now.AddDays(2))
            .WithService(date: Now.AddDays(4))
            .Build();

        var counted = HistoryDeduplication.SelfReported(snapshot.ServiceEntries);

        Assert.Equal([Now, Now.AddDays(4)], counted.Select(e => e.Date));
    }

    [Theory]
    [InlineData(true, 24, 100_000, 100_000, 1)]
    [InlineData(true, 25, 100_000, 100_000, 2)]
    [InlineData(true, 12, null, 100_000, 1)]
    [InlineData(true, 12, 100_000, 100_300, 2)]
    [InlineData(false, 0, 100_000, 100_000, 2)]
    public void Visits_from_the_same_centre_within_a_day_count_once(
        bool sameCentre,
        int hoursApart,
        int? firstKm,
        int? secondKm,
        int expectedCount
    )
    {
        var centre = Guid.NewGuid();
        var snapshot = new SnapshotBuilder()
            .WithVisit(date: Now, km: firstKm, centerId: centre)
            .WithVisit(date: Now.AddHours(hoursApart), km: secondKm, centerId: sameCentre ? centre : Guid.NewGuid())
            .Build();

        Assert.Equal(expectedCount, HistoryDeduplication.Visits(snapshot.Visits).Count);
    }

    [Fact]
    public void The_earliest_created_visit_wins()
    {
        var centre = Guid.NewGuid();
        var snapshot = new SnapshotBuilder()
            .WithVisit(VisitStatus.Disputed, date: Now, centerId: centre, createdAt: Now.AddHours(2))
            .WithVisit(VisitStatus.Confirmed, date: Now, centerId: centre, createdAt: Now.AddHours(1))
            .Build();

        var counted = HistoryDeduplication.Visits(snapshot.Visits);

        Assert.Equal(VisitStatus.Confirmed, Assert.Single(counted).Status);
    }
}
