using CarPass.Bot.Tests.Fake;
using CarPass.Data.Notifications;
using CarPass.Data.Persistence;
using CarPass.Data.Reminders;
using CarPass.Data.Users;
using CarPass.Data.Vehicles;
using CarPass.Domain.Maintenance;
using CarPass.Host.Jobs;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace CarPass.Bot.Tests.Notifications;

/// <summary>
/// A fake Bot API, the real host on a temporary SQLite file and a business clock the test moves:
/// owners are seeded through the real use cases, jobs run as `run-job` runs them.
/// </summary>
public sealed class NudgeWorld : IAsyncDisposable
{
    public static readonly DateTimeOffset Monday10Utc = new(2026, 6, 15, 10, 0, 0, TimeSpan.Zero);

    private readonly string _folder = Path.Combine(
        Path.GetTempPath(),
        "carpass-nudge-tests",
        Guid.NewGuid().ToString("N")
    );

    private NudgeWorld(FakeBotApi api, IReadOnlyDictionary<string, string> settings, string environment)
    {
        Api = api;
        Directory.CreateDirectory(_folder);
        Host = new NudgeHostFactory(ConnectionString, api.BaseUrl, Clock, settings, environment);
        _ = Host.Services;
    }

    public FakeBotApi Api { get; }
    public FakeTimeProvider Clock { get; } = new(Monday10Utc);
    public NudgeHostFactory Host { get; }
    public string ConnectionString => $"Data Source={Path.Combine(_folder, "carpass.db")}";

    public static async Task<NudgeWorld> StartAsync(
        IReadOnlyDictionary<string, string>? settings = null,
        string environment = "Development"
    ) => new(await FakeBotApi.StartAsync(), settings ?? new Dictionary<string, string>(), environment);

    public async Task<string> RunJobAsync(string jobId)
    {
        await using var scope = Host.Services.CreateAsyncScope();
        return await JobCatalog.RunAsync(scope.ServiceProvider, jobId, default);
    }

    public async Task SweepAndSendAsync()
    {
        await RunJobAsync(JobIds.MaintenanceSweep);
        await RunJobAsync(JobIds.NotificationSender);
    }

    public T Service<T>()
        where T : notnull => Host.Services.CreateScope().ServiceProvider.GetRequiredService<T>();

    /// <summary>An owner (chat id = Telegram id) with cars whose oil change is 1,000 km overdue.</summary>
    public async Task<(User Owner, List<Guid> Cars)> OwnerWithOverdueCarsAsync(
        long telegramId,
        int cars = 1,
        string language = "en"
    )
    {
        var owner = (
            await Service<UserUseCases>()
                .EnsureAsync(
                    new TelegramProfile(telegramId, $"Owner{telegramId}", LanguageCode: language),
                    false,
                    default
                )
        ).Value!;
        var ids = new List<Guid>();
        for (var i = 0; i < cars; i++)
        {
            var draft = new VehicleDraft($"Car {telegramId}-{i}", "Lada", "Vesta", 2019, OdometerKm: 50_000);
            var car = (await Service<VehicleUseCases>().AddAsync(owner.Id, draft, default)).Value!;
            var reminder = new ReminderDraft(ServiceKind.EngineOil, 10_000, null, LastDoneKm: 39_000);
            await Service<ReminderUseCases>().SetAsync(owner.Id, car.Id, reminder, default);
            ids.Add(car.Id);
        }
        return (owner, ids);
    }

    public async Task<T> DbAsync<T>(Func<CarPassDbContext, Task<T>> query)
    {
        var options = new DbContextOptionsBuilder<CarPassDbContext>();
        DataServiceCollectionExtensions.ConfigureSqlite(options, ConnectionString);
        await using var db = new CarPassDbContext(options.Options);
        return await query(db);
    }

    public Task<List<OutboxMessage>> OutboxAsync() => DbAsync(db => db.Outbox.AsNoTracking().ToListAsync());

    public IReadOnlyList<Fake.SentMessage> SentTo(long chatId) => [.. Api.Sent.Where(m => m.ChatId == chatId)];

    public async ValueTask DisposeAsync()
    {
        await Host.DisposeAsync();
        await Api.DisposeAsync();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
