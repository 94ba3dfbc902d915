using System.Net.Http.Headers;
using System.Text.Json;
using CarPass.Bot.Tests.Fake;
using CarPass.Bot.Tests.Support;
using CarPass.Data.Reminders;
using CarPass.Domain.Maintenance;
using CarPass.Domain.Notifications;
using CarPass.Host.Dev;
using CarPass.Host.Jobs;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using static CarPass.Bot.Tests.ServiceLoop.ServiceLoopWorld;

namespace CarPass.Bot.Tests.ServiceLoop;

/// <summary>
/// The service loop's people on a clock the test moves: the owner's Camry is 1,000 km past its
/// oil change, a verified centre has access to it, and the jobs run as `run-job` runs them.
/// </summary>
public sealed class VisitWorkWorld : IAsyncDisposable
{
    private VisitWorkWorld(BotWorld chat, FakeTimeProvider clock, Guid car)
    {
        Chat = chat;
        Clock = clock;
        Car = car;
    }

    public BotWorld Chat { get; }
    public FakeTimeProvider Clock { get; }
    public Guid Car { get; }

    public static async Task<VisitWorkWorld> StartAsync()
    {
        // A weekday morning, outside anyone's quiet hours.
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 6, 15, 10, 0, 0, TimeSpan.Zero));
        var chat = await ServiceLoopWorld.StartAsync(clock);
        var car = await OwnerCarAsync(chat);
        var owner = await UserAsync(chat, Owner);
        var oil = new ReminderDraft(ServiceKind.EngineOil, 10_000, null, LastDoneKm: 39_000);
        Assert.True((await chat.Service<ReminderUseCases>().SetAsync(owner.Id, car, oil, default)).IsSuccess);
        await VerifiedCenterWithEmployeeAsync(chat);
        await GrantedAccessAsync(chat);
        return new VisitWorkWorld(chat, clock, car);
    }

    /// <summary>The maintenance sweep, then the sender: what the scheduler does.</summary>
    public async Task SweepAndSendAsync()
    {
        foreach (var job in new[] { JobIds.MaintenanceSweep, JobIds.NotificationSender })
        {
            await using var scope = Chat.Host.Services.CreateAsyncScope();
            await JobCatalog.RunAsync(scope.ServiceProvider, job, default);
        }
    }

    public Task<int> QueuedOverdueNudgesAsync() =>
        Chat.DbAsync(db => db.Outbox.CountAsync(o => o.Kind == NotificationKind.MaintenanceOverdue));

    public Task<MaintenanceReminder> OilReminderAsync() =>
        Chat.DbAsync(db => db.MaintenanceReminders.AsNoTracking().SingleAsync(r => r.VehicleId == Car));

    /// <summary>A Mini App read as the owner, signed now by the host's clock.</summary>
    public async Task<JsonElement> MiniAppAsync(string path)
    {
        using var client = Chat.Host.CreateClient();
        var initData = InitDataSigner.ForUser(FakeBotApi.Token, Owner, "Owner", "en", Clock.GetUtcNow());
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("tma", initData);
        var response = await client.GetAsync($"/api/my/vehicles/{Car}/{path}");
        response.EnsureSuccessStatusCode();
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }

    public ValueTask DisposeAsync() => Chat.DisposeAsync();
}
