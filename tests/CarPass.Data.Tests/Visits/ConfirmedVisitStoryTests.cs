using CarPass.Data.Notifications;
using CarPass.Data.Passports;
using CarPass.Data.ServiceCenters;
using CarPass.Data.Tests.Notifications;
using CarPass.Data.Tests.Support;
using CarPass.Data.Timeline;
using CarPass.Data.Visits;
using CarPass.Domain.Maintenance;
using CarPass.Domain.Notifications;
using Microsoft.EntityFrameworkCore;

namespace CarPass.Data.Tests.Visits;

/// <summary>
/// The whole story on one SQLite file: an overdue oil change, a centre records the visit with
/// engine oil, the owner confirms, and every view of the car agrees the oil is done.
/// </summary>
public sealed class ConfirmedVisitStoryTests : IAsyncLifetime
{
    private TestDatabase _db = null!;

    public async Task InitializeAsync() => _db = await TestDatabase.CreateAsync();

    public async Task DisposeAsync() => await _db.DisposeAsync();

    [Fact]
    public async Task A_confirmed_oil_change_ends_the_overdue_state_everywhere()
    {
        var (owner, car) = await Nudges.OverdueCarAsync(_db, 1001);
        await Nudges.SweepAsync(_db);
        Assert.Equal(MaintenanceStatus.Red, (await PassportAsync(owner.Id, car.Id)).Maintenance.Status);
        Assert.Equal(1, await OverdueNudgesAsync());
        var (center, employee) = await Garage.VerifiedCenterAsync(_db);
        (await _db.Get<ServiceCenterUseCases>().GrantAccessAsync(owner.Id, car.Id, center.Id, 7, default)).Ok();
        _db.Clock.Advance(TimeSpan.FromHours(1));
        var visitDay = _db.Clock.GetUtcNow().UtcDateTime;

        var visit = (
            await _db.Get<VisitUseCases>()
                .CreateAsync(
                    employee.Id,
                    center.Id,
                    car.Id,
                    new VisitDraft(visitDay, "Filter from stock", 50_100, Work: [ServiceKind.EngineOil]),
                    default
                )
        ).Ok();
        (await _db.Get<VisitUseCases>().ConfirmAsync(owner.Id, visit.Id, default)).Ok();

        var reminder = await _db.ScalarAsync(c => c.MaintenanceReminders.SingleAsync(r => r.VehicleId == car.Id));
        Assert.Equal((visitDay, 50_100), (reminder.LastDoneAt!.Value, reminder.LastDoneKm!.Value));
        var passport = await PassportAsync(owner.Id, car.Id);
        var oil = Assert.Single(passport.Maintenance.Reminders);
        Assert.Equal(ReminderDue.Ok, oil.Due);
        Assert.NotEqual(MaintenanceStatus.Red, passport.Maintenance.Status);
        var stored = await _db.ScalarAsync(c => c.VehicleScores.SingleAsync(s => s.VehicleId == car.Id));
        Assert.Equal(passport.Maintenance.Status, stored.MaintenanceStatus);
        Assert.Equal((1, 1), (passport.History.TrustedRecords, passport.History.TotalRecords));

        // Past the 72-hour cooldown an overdue oil change would be repeated; a done one is not.
        _db.Clock.Advance(TimeSpan.FromHours(73));
        await Nudges.SweepAsync(_db);
        Assert.Equal(1, await OverdueNudgesAsync());
        var queued = await _db.ScalarAsync(c => c.Outbox.AsNoTracking().ToListAsync());
        var stillRelevant = await _db.Get<NudgeRelevance>()
            .StillRelevantAsync(
                [
                    .. queued.Select(o => new QueuedNudge(
                        o.Id,
                        o.UserId,
                        o.VehicleId,
                        o.Kind,
                        NudgePayload.Read(o.PayloadJson)
                    )),
                ],
                _db.Clock.GetUtcNow().UtcDateTime,
                default
            );
        Assert.DoesNotContain(queued.Single(o => o.Kind == NotificationKind.MaintenanceOverdue).Id, stillRelevant);

        var timeline = (await _db.Get<TimelineReader>().ReadAsync(owner.Id, car.Id, null, 20, default))!;
        var line = Assert.Single(timeline.Entries, e => e.Type == TimelineEntryType.Visit);
        Assert.Equal([ServiceKind.EngineOil], line.Work);
        Assert.True(line.Trusted);
        Assert.Contains(timeline.Entries, e => e.Type == TimelineEntryType.VisitConfirmed && e.Id == visit.Id);
    }

    private async Task<Domain.Scoring.PassportResult> PassportAsync(Guid ownerId, Guid carId) =>
        (await _db.Get<PassportReader>().VehicleAsync(ownerId, carId, default))!.Passport;

    private Task<int> OverdueNudgesAsync() =>
        _db.ScalarAsync(c => c.Outbox.CountAsync(o => o.Kind == NotificationKind.MaintenanceOverdue));
}
