using CarPass.Data.Access;
using CarPass.Data.Notifications;
using CarPass.Data.Requests;
using CarPass.Data.ServiceCenters;
using CarPass.Data.Tests.Support;
using CarPass.Data.Users;
using CarPass.Data.Visits;
using CarPass.Domain.Common;
using CarPass.Domain.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CarPass.Data.Tests.Notifications;

/// <summary>A request's first notice is queued in the outbox by the write that creates it, in its transaction.</summary>
public sealed class RequestNoticeTests : IAsyncLifetime
{
    private TestDatabase _db = null!;

    public async Task InitializeAsync() => _db = await TestDatabase.CreateAsync();

    public async Task DisposeAsync() => await _db.DisposeAsync();

    [Fact]
    public async Task Each_request_queues_its_owners_first_notice_due_at_once_by_day()
    {
        var (owner, car) = await Garage.OwnerWithCarAsync(_db);
        var (centre, employee) = await Garage.VerifiedCenterAsync(_db);

        var access = (await _db.Get<AccessUseCases>().RequestAsync(employee.Id, centre.Id, car.Id, default)).Ok();
        (await _db.Get<AccessUseCases>().DecideAsync(owner.Id, access.Id, 7, default)).Ok();
        var visit = await RecordVisitAsync(centre.Id, employee.Id, car.Id);
        var change = (
            await _db.Get<ChangeRequestUseCases>()
                .ProposeAsync(
                    employee.Id,
                    centre.Id,
                    car.Id,
                    VehicleField.Vin,
                    Garage.ValidVin,
                    ChangeSource.ServiceCenter,
                    default
                )
        ).Ok();

        var rows = await Nudges.OutboxAsync(_db);
        Assert.Equal(3, rows.Count);
        Assert.All(rows, r => Assert.Equal(owner.Id, r.UserId));
        Assert.All(rows, r => Assert.Equal(TestDatabase.Start, r.NotBefore));
        Assert.All(rows, r => Assert.Equal(0, PeriodKeys.RepeatOf(r.PeriodKey)));
        Assert.All(rows, r => Assert.Equal(centre.Id, NudgePayload.Read(r.PayloadJson).ServiceCenterId));
        Assert.Equal(
            [access.Id, visit, change.Id],
            rows.OrderBy(r => NotificationKinds.Priority(r.Kind))
                .Select(r => Guid.Parse(NudgePayload.Read(r.PayloadJson).Covers[0]))
        );
    }

    [Fact]
    public async Task A_request_made_in_the_owners_quiet_hours_waits_for_their_morning()
    {
        var (owner, car) = await Garage.OwnerWithCarAsync(_db);
        var (centre, employee) = await Garage.VerifiedCenterAsync(_db);
        await _db.Get<UserUseCases>().SetTimeZoneAsync(owner.Id, "Asia/Vladivostok", default);
        await GrantAsync(owner.Id, car.Id, centre.Id);

        // 10:00 UTC is 20:00 in Vladivostok; at 12:00 UTC (22:00 there) the owner's quiet hours have begun.
        _db.Clock.Advance(TimeSpan.FromHours(2));
        await RecordVisitAsync(centre.Id, employee.Id, car.Id);

        var row = Assert.Single(
            await Nudges.OutboxAsync(_db),
            o => o.Kind == NotificationKind.VisitAwaitingConfirmation
        );
        Assert.Equal(new DateTime(2026, 6, 15, 23, 0, 0, DateTimeKind.Utc), row.NotBefore);
    }

    [Fact]
    public async Task A_refused_request_queues_nothing_and_a_rolled_back_one_leaves_no_notice()
    {
        var (owner, car) = await Garage.OwnerWithCarAsync(_db);
        var (centre, employee) = await Garage.VerifiedCenterAsync(_db);
        var stranger = await _db.UserAsync(4040);

        var refused = await _db.Get<AccessUseCases>().RequestAsync(stranger.Id, centre.Id, car.Id, default);
        await using (var scope = _db.Scope())
        {
            var db = scope.ServiceProvider.GetRequiredService<Persistence.CarPassDbContext>();
            await using var transaction = await db.Database.BeginTransactionAsync();
            (
                await scope
                    .ServiceProvider.GetRequiredService<AccessUseCases>()
                    .RequestAsync(employee.Id, centre.Id, car.Id, default)
            ).Ok();
            Assert.Equal(1, await db.Outbox.CountAsync());
            await transaction.RollbackAsync();
        }

        Assert.False(refused.IsSuccess);
        Assert.Empty(await Nudges.OutboxAsync(_db));
        Assert.Equal(0, await _db.NewContext().AccessRequests.CountAsync());
    }

    [Fact]
    public async Task An_owner_mutes_and_unmutes_a_centre_once_and_an_unknown_centre_changes_nothing()
    {
        var (owner, _) = await Garage.OwnerWithCarAsync(_db);
        var (centre, _) = await Garage.VerifiedCenterAsync(_db);
        var mutes = _db.Get<CenterMuteUseCases>();

        Assert.Equal(centre.Name, (await mutes.MuteAsync(owner.Id, centre.Id, default)).Ok());
        (await mutes.MuteAsync(owner.Id, centre.Id, default)).Ok();
        var unknown = await mutes.MuteAsync(owner.Id, Guid.NewGuid(), default);
        var listed = await _db.Get<MutedCentersReader>().ForAsync(owner.Id, default);
        (await mutes.UnmuteAsync(owner.Id, centre.Id, default)).Ok();
        var again = await mutes.UnmuteAsync(owner.Id, centre.Id, default);

        Assert.Equal(ErrorCodes.CenterNotFound, unknown.Error!.Code);
        Assert.Equal([new MutedCenter(centre.Id, centre.Name)], listed);
        Assert.Equal(ErrorCodes.CenterNotMuted, again.Error!.Code);
        Assert.Equal(0, await _db.NewContext().ServiceCenterMutes.CountAsync());
    }

    private async Task GrantAsync(Guid ownerId, Guid carId, Guid centreId) =>
        (await _db.Get<ServiceCenterUseCases>().GrantAccessAsync(ownerId, carId, centreId, 7, default)).Ok();

    private async Task<Guid> RecordVisitAsync(Guid centreId, Guid employeeId, Guid carId) =>
        (
            await _db.Get<VisitUseCases>()
                .CreateAsync(
                    employeeId,
                    centreId,
                    carId,
                    new VisitDraft(_db.Clock.GetUtcNow().UtcDateTime, "Oil change", 50_100),
                    default
                )
        )
            .Ok()
            .Id;
}
