using CarPass.Data.Notifications;
using CarPass.Data.Reminders;
using CarPass.Data.Tests.Support;
using CarPass.Data.Users;
using CarPass.Data.Vehicles;
using CarPass.Domain.Maintenance;
using Microsoft.EntityFrameworkCore;

namespace CarPass.Data.Tests.Notifications;

/// <summary>Seeds owners with overdue cars through the real use cases and reads the outbox back.</summary>
internal static class Nudges
{
    public static async Task<(User Owner, Vehicle Car)> OverdueCarAsync(TestDatabase db, long telegramId)
    {
        var (owner, car) = await Garage.OwnerWithCarAsync(db, telegramId, odometerKm: 50_000);
        (
            await db.Get<ReminderUseCases>()
                .SetAsync(
                    owner.Id,
                    car.Id,
                    new ReminderDraft(ServiceKind.EngineOil, 10_000, null, LastDoneKm: 39_000),
                    default
                )
        ).Ok();
        return (owner, car);
    }

    public static Task<SweepSummary> SweepAsync(TestDatabase db) => db.Get<NudgeSweep>().RunAsync(default);

    public static Task<List<OutboxMessage>> OutboxAsync(TestDatabase db) =>
        db.ScalarAsync(c => c.Outbox.AsNoTracking().OrderBy(o => o.CreatedAt).ToListAsync());
}
