using CarPass.Data.Access;
using CarPass.Data.Odometer;
using CarPass.Data.Reminders;
using CarPass.Data.Users;
using CarPass.Data.Vehicles;
using CarPass.Domain.Maintenance;
using CarPass.Domain.Vehicles;
using Xunit.Abstractions;

namespace CarPass.Bot.Tests.Notifications;

public sealed class BurstTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const int Vehicles = 500;
    private const int Rate = 100;
    private NudgeWorld _world = null!;

    public async Task InitializeAsync() =>
        _world = await NudgeWorld.StartAsync(
            new Dictionary<string, string>
            {
                ["Notifications:GlobalPerSecond"] = Rate.ToString(),
                ["Notifications:MaxParallelChats"] = "16",
            }
        );

    public async Task DisposeAsync() => await _world.DisposeAsync();

    [Fact]
    public async Task A_burst_of_500_due_vehicles_goes_out_once_each_and_never_above_the_configured_rate()
    {
        await SeedOverdueOwnersAsync();

        await _world.SweepAndSendAsync();

        var times = _world.Api.AllSendTimes.Order().ToList();
        Assert.Equal(Vehicles, _world.Api.Sent.Select(m => m.ChatId).Distinct().Count());
        Assert.Equal(Vehicles, times.Count);
        // Never above the rate: any Rate + 1 consecutive arrivals span at least a second.
        var tightest = Enumerable.Range(0, times.Count - Rate).Min(i => times[i + Rate] - times[i]);
        Assert.True(tightest >= TimeSpan.FromSeconds(1), $"{Rate + 1} sends within {tightest.TotalMilliseconds} ms");
        var busiest = times.Max(t => times.Count(u => u >= t && u - t < TimeSpan.FromSeconds(1)));
        output.WriteLine(
            $"{Vehicles} sends in {(times[^1] - times[0]).TotalSeconds:0.00} s; busiest second {busiest} (limit {Rate}); tightest {Rate + 1} in {tightest.TotalMilliseconds:0} ms"
        );
    }

    /// <summary>Batched inserts: 500 owners, each with a car whose oil change is overdue.</summary>
    private async Task SeedOverdueOwnersAsync()
    {
        var now = NudgeWorld.Monday10Utc.UtcDateTime;
        await _world.DbAsync(async db =>
        {
            for (var i = 0; i < Vehicles; i++)
            {
                var user = new User
                {
                    TelegramId = 900_000 + i,
                    FirstName = $"Owner {i}",
                    CreatedAt = now,
                    UpdatedAt = now,
                };
                var car = new Vehicle
                {
                    Name = $"Car {i}",
                    CurrentOdometerKm = 50_000,
                    CreatedAt = now,
                    UpdatedAt = now,
                };
                db.AddRange(user, car);
                db.VehicleAccessGrants.Add(
                    new VehicleAccessGrant
                    {
                        VehicleId = car.Id,
                        UserId = user.Id,
                        Role = AccessRole.Owner,
                        GrantedAt = now,
                    }
                );
                db.OdometerReadings.Add(
                    new OdometerReading
                    {
                        VehicleId = car.Id,
                        ValueKm = 50_000,
                        RecordedAt = now.AddDays(-1),
                        Source = OdometerSource.Owner,
                        IsTrusted = true,
                        CreatedAt = now,
                    }
                );
                db.MaintenanceReminders.Add(
                    new MaintenanceReminder
                    {
                        VehicleId = car.Id,
                        Kind = ServiceKind.EngineOil,
                        IntervalKm = 10_000,
                        LastDoneKm = 39_000,
                        CreatedAt = now,
                        UpdatedAt = now,
                    }
                );
            }
            return await db.SaveChangesAsync();
        });
    }
}
