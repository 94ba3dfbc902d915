using CarPass.Data.Access;
using CarPass.Data.Notifications;
using CarPass.Data.Persistence;
using CarPass.Data.Users;
using CarPass.Data.Vehicles;
using CarPass.Domain.Notifications;
using Microsoft.Extensions.DependencyInjection;

namespace CarPass.Bench.Jobs;

/// <summary>
/// Due outbox rows as the sweep leaves them, for the sender: one "first verified service" nudge per
/// vehicle (a kind that stays relevant while the owner keeps the car), owners with up to two cars.
/// Row <c>i</c> goes to chat <c>i % chats</c>, so a claimed batch holds different chats and an
/// owner's second nudge comes many batches after the first. Owners keep no quiet hours, so the run
/// does not depend on the time of day.
/// </summary>
public static class NudgeQueue
{
    public const long FirstChat = 700_000_000;

    public static async Task QueueAsync(IServiceProvider services, int rows, int chats, CancellationToken ct)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CarPassDbContext>();
        var now = DateTime.UtcNow;
        var owners = Enumerable.Range(0, chats).Select(c => Owner(c, now)).ToList();
        db.Users.AddRange(owners);
        for (var i = 0; i < rows; i++)
        {
            var owner = owners[i % chats];
            var car = new Vehicle
            {
                Name = $"Car {i}",
                CreatedAt = now,
                UpdatedAt = now,
            };
            db.Vehicles.Add(car);
            db.VehicleAccessGrants.Add(
                new VehicleAccessGrant
                {
                    VehicleId = car.Id,
                    Role = AccessRole.Owner,
                    UserId = owner.Id,
                    GrantedAt = now,
                }
            );
            db.Outbox.Add(Nudge(owner.Id, car.Id, now.AddMinutes(-1).AddMilliseconds(i)));
        }
        await db.SaveChangesAsync(ct);
    }

    private static User Owner(int chat, DateTime now) =>
        new()
        {
            TelegramId = FirstChat + chat,
            FirstName = $"Owner{chat}",
            Notifications = new NotificationPreferences { QuietHoursStart = 0, QuietHoursEnd = 0 },
            CreatedAt = now,
            UpdatedAt = now,
        };

    private static OutboxMessage Nudge(Guid owner, Guid vehicle, DateTime queuedAt)
    {
        string[] covers = [Milestones.FirstVerifiedItem];
        return new OutboxMessage
        {
            UserId = owner,
            VehicleId = vehicle,
            Kind = NotificationKind.FirstVerifiedService,
            PeriodKey = PeriodKeys.For(covers, 0),
            PayloadJson = new NudgePayload(covers, new NudgeFacts()).ToJson(),
            NotBefore = queuedAt,
            CreatedAt = queuedAt,
        };
    }
}
