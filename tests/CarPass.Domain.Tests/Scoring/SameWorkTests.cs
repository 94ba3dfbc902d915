using CarPass.Domain.Maintenance;
using CarPass.Domain.Scoring;
using CarPass.Domain.Visits;

namespace CarPass.Domain.Tests.Scoring;

public sealed class SameWorkTests
{
    private static readonly DateTime Day = new(2026, 3, 1, 12, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void An_entry_is_the_same_work_as_a_confirmed_visit_up_to_the_window_edge_and_not_beyond()
    {
        var visits = new[]
        {
            Visit(Day, 50_000, VisitStatus.Confirmed, ServiceKind.EngineOil),
            Visit(Day, 50_000, VisitStatus.PendingConfirmation, ServiceKind.BrakePads),
        };
        var atEdge = Entry(ServiceKind.EngineOil, Day + SameWork.Window, 50_900);
        var pastEdge = Entry(ServiceKind.EngineOil, Day + SameWork.Window + TimeSpan.FromMinutes(1), 50_900);
        var tooFar = Entry(ServiceKind.EngineOil, Day.AddDays(-3), 51_001);
        var otherKind = Entry(ServiceKind.AirFilter, Day, 50_000);
        var pendingVisitsWork = Entry(ServiceKind.BrakePads, Day, 50_000);

        var kept = SameWork.NotInConfirmedVisits([atEdge, pastEdge, tooFar, otherKind, pendingVisitsWork], visits);

        Assert.Equal([pastEdge, tooFar, otherKind, pendingVisitsWork], kept);
    }

    [Fact]
    public void A_long_history_gives_what_comparing_every_entry_with_every_visit_gives()
    {
        var random = new Random(20261206);
        var kinds = Enum.GetValues<ServiceKind>();
        var visits = Enumerable
            .Range(0, 400)
            .Select(_ =>
                Visit(
                    Day.AddHours(random.Next(0, 24 * 900)),
                    random.Next(3) == 0 ? null : random.Next(0, 200_000),
                    random.Next(4) == 0 ? VisitStatus.Disputed : VisitStatus.Confirmed,
                    kinds[random.Next(kinds.Length)],
                    kinds[random.Next(kinds.Length)]
                )
            )
            .ToList();
        var entries = Enumerable
            .Range(0, 400)
            .Select(_ =>
                Entry(
                    kinds[random.Next(kinds.Length)],
                    Day.AddHours(random.Next(0, 24 * 900)),
                    random.Next(3) == 0 ? null : random.Next(0, 200_000)
                )
            )
            .ToList();

        var everyPair = entries.Where(e => !visits.Any(v => SameWork.AsConfirmedVisit(e, v))).ToList();
        var kept = SameWork.NotInConfirmedVisits(entries, visits);

        Assert.Equal(everyPair, kept);
        Assert.InRange(entries.Count - kept.Count, 10, 390); // the sample has matches and non-matches
    }

    private static ServiceRecord Entry(ServiceKind kind, DateTime date, int? km) => new(kind, date, km, date);

    private static VisitRecord Visit(DateTime date, int? km, VisitStatus status, params ServiceKind[] work) =>
        new(Guid.NewGuid(), Guid.NewGuid(), true, status, date, km, date, Work: work);
}
