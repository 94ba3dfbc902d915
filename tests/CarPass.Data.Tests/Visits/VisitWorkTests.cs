using CarPass.Data.Reminders;
using CarPass.Data.Service;
using CarPass.Data.ServiceCenters;
using CarPass.Data.Tests.Support;
using CarPass.Data.Users;
using CarPass.Data.Vehicles;
using CarPass.Data.Visits;
using CarPass.Domain.Maintenance;
using CarPass.Domain.Scoring;
using Microsoft.EntityFrameworkCore;

namespace CarPass.Data.Tests.Visits;

/// <summary>A visit's work as service kinds: confirmed, it is the service it names.</summary>
public sealed class VisitWorkTests : IAsyncLifetime
{
    private static readonly DateTime VisitDay = TestDatabase.Start;
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
        (await _db.Get<ServiceCenterUseCases>().GrantAccessAsync(_owner.Id, _car.Id, _center.Id, 7, default)).Ok();
        foreach (var kind in new[] { ServiceKind.EngineOil, ServiceKind.OilFilter, ServiceKind.BrakePads })
            (
                await _db.Get<ReminderUseCases>()
                    .SetAsync(_owner.Id, _car.Id, new ReminderDraft(kind, 10_000, 12, LastDoneKm: 39_000), default)
            ).Ok();
    }

    public async Task DisposeAsync() => await _db.DisposeAsync();

    [Fact]
    public async Task Confirming_resets_each_named_reminder_from_the_visits_date_and_odometer()
    {
        var visit = await RecordAsync("", ServiceKind.EngineOil, ServiceKind.OilFilter);
        var beforeConfirming = await RemindersAsync();

        (await _db.Get<VisitUseCases>().ConfirmAsync(_owner.Id, visit.Id, default)).Ok();

        var after = await RemindersAsync();
        Assert.All(beforeConfirming.Values, r => Assert.Equal((null, 39_000), r));
        Assert.Equal((VisitDay, 50_100), after[ServiceKind.EngineOil]);
        Assert.Equal((VisitDay, 50_100), after[ServiceKind.OilFilter]);
        Assert.Equal((null, 39_000), after[ServiceKind.BrakePads]);
    }

    [Fact]
    public async Task A_confirmed_visit_resets_a_reminder_as_the_same_self_reported_service_would()
    {
        var (otherOwner, otherCar) = await Garage.OwnerWithCarAsync(_db, telegramId: 1002);
        (
            await _db.Get<ReminderUseCases>()
                .SetAsync(
                    otherOwner.Id,
                    otherCar.Id,
                    new ReminderDraft(ServiceKind.EngineOil, 10_000, 12, LastDoneKm: 39_000),
                    default
                )
        ).Ok();
        var visit = await RecordAsync("Oil", ServiceKind.EngineOil);

        (await _db.Get<VisitUseCases>().ConfirmAsync(_owner.Id, visit.Id, default)).Ok();
        (
            await _db.Get<ServiceEntryUseCases>()
                .LogAsync(
                    otherOwner.Id,
                    otherCar.Id,
                    new ServiceDraft(ServiceKind.EngineOil, VisitDay, 50_100),
                    default
                )
        ).Ok();

        var reminders = await _db.ScalarAsync(c =>
            c.MaintenanceReminders.Where(r => r.Kind == ServiceKind.EngineOil)
                .Select(r => new
                {
                    r.VehicleId,
                    r.LastDoneAt,
                    r.LastDoneKm,
                })
                .ToListAsync()
        );
        var byVisit = reminders.Single(r => r.VehicleId == _car.Id);
        var bySelf = reminders.Single(r => r.VehicleId == otherCar.Id);
        Assert.Equal((bySelf.LastDoneAt, bySelf.LastDoneKm), (byVisit.LastDoneAt, byVisit.LastDoneKm));
    }

    [Fact]
    public async Task A_visit_awaiting_the_owner_resets_nothing()
    {
        await RecordAsync("Oil", ServiceKind.EngineOil);

        Assert.All((await RemindersAsync()).Values, r => Assert.Equal((null, 39_000), r));
    }

    [Fact]
    public async Task A_visit_needs_its_work_as_kinds_or_words_and_a_refusal_changes_nothing()
    {
        var before = await _db.CountAllRowsAsync();

        var empty = await _db.Get<VisitUseCases>()
            .CreateAsync(_employee.Id, _center.Id, _car.Id, new VisitDraft(VisitDay, "  ", 50_100), default);

        Assert.Equal("work_items_required", empty.Error?.Code);
        Assert.Equal(before, await _db.CountAllRowsAsync());
        var kindsOnly = await RecordAsync("", ServiceKind.Tyres, ServiceKind.Tyres);
        Assert.Equal([ServiceKind.Tyres], kindsOnly.WorkKinds);
    }

    [Fact]
    public async Task The_owners_entry_of_the_confirmed_work_does_not_lower_the_trusted_share()
    {
        var visit = await RecordAsync("Oil", ServiceKind.EngineOil);
        (await _db.Get<VisitUseCases>().ConfirmAsync(_owner.Id, visit.Id, default)).Ok();

        (
            await _db.Get<ServiceEntryUseCases>()
                .LogAsync(_owner.Id, _car.Id, new ServiceDraft(ServiceKind.EngineOil, TestDatabase.Start), default)
        ).Ok();

        var score = await _db.ScalarAsync(c => c.VehicleScores.SingleAsync(s => s.VehicleId == _car.Id));
        Assert.Equal(
            (1, 1, VerifiedHistoryStatus.Verified),
            (score.TrustedRecords, score.TotalRecords, score.VerifiedHistoryStatus)
        );
    }

    [Fact]
    public async Task The_owner_finds_the_visits_awaiting_them_and_nobody_else_does()
    {
        var waiting = await RecordAsync("Oil", ServiceKind.EngineOil);
        var confirmed = await RecordAsync("Tyres", ServiceKind.Tyres);
        (await _db.Get<VisitUseCases>().ConfirmAsync(_owner.Id, confirmed.Id, default)).Ok();
        var stranger = await _db.UserAsync(4040);

        var forOwner = await _db.Get<AwaitingVisitsReader>().ForOwnerAsync(_owner.Id, _car.Id, default);
        var forStranger = await _db.Get<AwaitingVisitsReader>().ForOwnerAsync(stranger.Id, _car.Id, default);
        var forStaff = await _db.Get<AwaitingVisitsReader>().ForOwnerAsync(_employee.Id, _car.Id, default);

        Assert.Equal([waiting.Id], forOwner!.Select(v => v.Id));
        Assert.Null(forStranger);
        Assert.Null(forStaff);
    }

    private async Task<ServiceVisit> RecordAsync(string text, params ServiceKind[] work) =>
        (
            await _db.Get<VisitUseCases>()
                .CreateAsync(
                    _employee.Id,
                    _center.Id,
                    _car.Id,
                    new VisitDraft(VisitDay, text, 50_100, Work: work),
                    default
                )
        ).Ok();

    private async Task<Dictionary<ServiceKind, (DateTime?, int?)>> RemindersAsync() =>
        (
            await _db.ScalarAsync(c =>
                c.MaintenanceReminders.Where(r => r.VehicleId == _car.Id)
                    .Select(r => new
                    {
                        r.Kind,
                        r.LastDoneAt,
                        r.LastDoneKm,
                    })
                    .ToListAsync()
            )
        ).ToDictionary(r => r.Kind, r => (r.LastDoneAt, r.LastDoneKm));
}
