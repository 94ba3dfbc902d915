using CarPass.Data.Access;
using CarPass.Data.Notifications;
using CarPass.Data.Persistence;
using CarPass.Data.Requests;
using CarPass.Data.ServiceCenters;
using CarPass.Data.Tests.Support;
using CarPass.Data.Users;
using CarPass.Data.Vehicles;
using CarPass.Data.Visits;
using CarPass.Domain.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CarPass.Data.Tests.Notifications;

public sealed class SweepTests : IAsyncLifetime
{
    private TestDatabase _db = null!;

    public async Task InitializeAsync() => _db = await TestDatabase.CreateAsync();

    public async Task DisposeAsync() => await _db.DisposeAsync();

    [Fact]
    public async Task An_overdue_reminder_queues_exactly_one_nudge_however_often_the_sweep_runs()
    {
        var (owner, car) = await Nudges.OverdueCarAsync(_db, 1001);

        await Nudges.SweepAsync(_db);
        await Nudges.SweepAsync(_db);
        _db.Clock.Advance(TimeSpan.FromHours(1));
        await Nudges.SweepAsync(_db);

        var row = Assert.Single(await Nudges.OutboxAsync(_db), o => o.Kind == NotificationKind.MaintenanceOverdue);
        Assert.Equal(owner.Id, row.UserId);
        Assert.Equal(car.Id, row.VehicleId);
        Assert.Equal(OutboxStatus.Pending, row.Status);
        Assert.Equal(TestDatabase.Start, row.NotBefore);
        var payload = NudgePayload.Read(row.PayloadJson);
        Assert.Equal(50_000, payload.Facts.CurrentKm);
        Assert.Single(payload.Facts.Due);
    }

    [Fact]
    public async Task A_critical_nudge_repeats_only_after_the_cooldown()
    {
        await Nudges.OverdueCarAsync(_db, 1001);
        await Nudges.SweepAsync(_db);

        _db.Clock.Advance(TimeSpan.FromHours(71));
        await Nudges.SweepAsync(_db);
        var afterADay = (await Nudges.OutboxAsync(_db)).Count(o => o.Kind == NotificationKind.MaintenanceOverdue);
        _db.Clock.Advance(TimeSpan.FromHours(1));
        await Nudges.SweepAsync(_db);
        await Nudges.SweepAsync(_db);

        Assert.Equal(1, afterADay);
        Assert.Equal(2, (await Nudges.OutboxAsync(_db)).Count(o => o.Kind == NotificationKind.MaintenanceOverdue));
    }

    [Fact]
    public async Task A_sweep_retried_after_a_crash_queues_each_nudge_once()
    {
        for (var i = 0; i < 5; i++)
            await Nudges.OverdueCarAsync(_db, 1001 + i);
        await using var crashing = new ServiceCollection()
            .AddSingleton<TimeProvider>(_db.Clock)
            .AddCarPassData(_db.ConnectionString)
            .ConfigureDbContext<CarPassDbContext>(o => o.AddInterceptors(new CrashBeforeCommit(commitsBeforeCrash: 1)))
            .Configure<NotificationOptions>(o => o.SweepBatchSize = 2)
            .BuildServiceProvider();

        await Assert.ThrowsAnyAsync<Exception>(() =>
            crashing.CreateScope().ServiceProvider.GetRequiredService<NudgeSweep>().RunAsync(default)
        );
        var survived = (await Nudges.OutboxAsync(_db)).Count;
        await Nudges.SweepAsync(_db);

        var rows = await Nudges.OutboxAsync(_db);
        Assert.Equal(2, survived);
        Assert.Equal(5, rows.Count(o => o.Kind == NotificationKind.MaintenanceOverdue));
        Assert.All(rows.GroupBy(o => (o.VehicleId, o.Kind)), g => Assert.Single(g));
    }

    [Fact]
    public async Task A_pending_visit_is_told_at_once_and_reminded_once_after_a_day_unless_its_centre_is_muted()
    {
        var (owner, car) = await Garage.OwnerWithCarAsync(_db);
        var (centre, employee) = await Garage.VerifiedCenterAsync(_db);
        var (otherCentre, otherEmployee) = await Garage.VerifiedCenterAsync(_db, 2002);
        await RecordVisitAsync(owner, car.Id, centre.Id, employee.Id);
        await RecordVisitAsync(owner, car.Id, otherCentre.Id, otherEmployee.Id);
        await MuteAsync(owner.Id, otherCentre.Id);

        await Nudges.SweepAsync(_db);
        var early = await Nudges.OutboxAsync(_db);
        _db.Clock.Advance(TimeSpan.FromHours(24));
        await Nudges.SweepAsync(_db);
        _db.Clock.Advance(TimeSpan.FromDays(10));
        await Nudges.SweepAsync(_db);

        Assert.Equal(2, early.Count(o => o.Kind == NotificationKind.VisitAwaitingConfirmation));
        var rows = (await Nudges.OutboxAsync(_db)).Where(o => o.Kind == NotificationKind.VisitAwaitingConfirmation);
        var reminder = Assert.Single(rows, o => PeriodKeys.RepeatOf(o.PeriodKey) == 1);
        Assert.Equal(centre.Id, NudgePayload.Read(reminder.PayloadJson).ServiceCenterId);
        Assert.Equal(3, rows.Count());
    }

    [Fact]
    public async Task Access_requests_and_proposed_changes_wait_a_day_but_the_owners_own_proposals_are_not_nudged()
    {
        var (owner, car) = await Garage.OwnerWithCarAsync(_db);
        var (centre, employee) = await Garage.VerifiedCenterAsync(_db);
        await using (var context = _db.NewContext())
        {
            context.AccessRequests.Add(
                new AccessRequest
                {
                    VehicleId = car.Id,
                    ServiceCenterId = centre.Id,
                    RequestedByUserId = employee.Id,
                    CreatedAt = TestDatabase.Start,
                }
            );
            context.DataChangeRequests.AddRange(
                Change(car.Id, employee.Id, centre.Id, VehicleField.Vin),
                Change(car.Id, owner.Id, null, VehicleField.Plate)
            );
            await context.SaveChangesAsync();
        }

        _db.Clock.Advance(TimeSpan.FromHours(24));
        await Nudges.SweepAsync(_db);

        var rows = await Nudges.OutboxAsync(_db);
        Assert.Single(rows, o => o.Kind == NotificationKind.AccessRequestPending);
        var change = Assert.Single(rows, o => o.Kind == NotificationKind.DataChangePending);
        Assert.Equal("vin", NudgePayload.Read(change.PayloadJson).Facts.Field);
    }

    private static DataChangeRequest Change(Guid car, Guid by, Guid? centre, VehicleField field) =>
        new()
        {
            VehicleId = car,
            Field = field,
            ProposedValue = "X",
            Source = centre is null ? ChangeSource.Ocr : ChangeSource.ServiceCenter,
            RequestedByUserId = by,
            ServiceCenterId = centre,
            CreatedAt = TestDatabase.Start,
        };

    [Fact]
    public async Task An_owner_who_blocked_the_bot_gets_nothing_until_they_write_again()
    {
        var (owner, _) = await Nudges.OverdueCarAsync(_db, 1001);
        await _db.Get<BotReachability>().MarkUnreachableAsync(owner.TelegramId, default);

        await Nudges.SweepAsync(_db);
        var whileBlocked = await Nudges.OutboxAsync(_db);
        _db.Clock.Advance(TimeSpan.FromMinutes(5));
        await _db.UserAsync(1001);
        await Nudges.SweepAsync(_db);

        Assert.Empty(whileBlocked);
        Assert.Contains(await Nudges.OutboxAsync(_db), o => o.Kind == NotificationKind.MaintenanceOverdue);
    }

    [Fact]
    public async Task Milestones_and_the_first_verified_service_are_queued_once_per_vehicle()
    {
        var owner = await _db.UserAsync(1001);
        var draft = new VehicleDraft("Golf", "Volkswagen", "Golf", 2018, Garage.ValidVin, OdometerKm: 50_000);
        var car = (await _db.Get<VehicleUseCases>().AddAsync(owner.Id, draft, default)).Ok();
        var (centre, employee) = await Garage.VerifiedCenterAsync(_db);
        var visit = await RecordVisitAsync(owner, car.Id, centre.Id, employee.Id);
        (await _db.Get<VisitUseCases>().ConfirmAsync(owner.Id, visit, default)).Ok();

        await Nudges.SweepAsync(_db);
        _db.Clock.Advance(TimeSpan.FromDays(8));
        await Nudges.SweepAsync(_db);
        _db.Clock.Advance(TimeSpan.FromDays(8));
        await Nudges.SweepAsync(_db);

        var rows = (await Nudges.OutboxAsync(_db))
            .Where(o => !NotificationKinds.IsConfirmationRequest(o.Kind))
            .ToList();
        Assert.Single(rows, o => o.Kind == NotificationKind.FirstVerifiedService);
        Assert.Single(rows, o => o.Kind == NotificationKind.ProfileMilestone);
        Assert.Equal(2, rows.Count);
    }

    private async Task<Guid> RecordVisitAsync(User owner, Guid carId, Guid centreId, Guid employeeId)
    {
        (await _db.Get<ServiceCenterUseCases>().GrantAccessAsync(owner.Id, carId, centreId, 7, default)).Ok();
        var visit = await _db.Get<VisitUseCases>()
            .CreateAsync(
                employeeId,
                centreId,
                carId,
                new VisitDraft(TestDatabase.Start, "Oil change", 50_100),
                default
            );
        return visit.Ok().Id;
    }

    private async Task MuteAsync(Guid userId, Guid centreId)
    {
        await using var context = _db.NewContext();
        context.ServiceCenterMutes.Add(
            new ServiceCenterMute
            {
                UserId = userId,
                ServiceCenterId = centreId,
                CreatedAt = TestDatabase.Start,
            }
        );
        await context.SaveChangesAsync();
    }
}
