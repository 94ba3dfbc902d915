using CarPass.Bot.Tests.Fake;
using CarPass.Data.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Telegram.Bot.Types;

namespace CarPass.Bot.Tests.Support;

/// <summary>
/// A fake Bot API, the real host on a temporary SQLite file, and people who type and tap:
/// tests read like a chat.
/// </summary>
public sealed class BotWorld : IAsyncDisposable
{
    private readonly string _folder = Path.Combine(
        Path.GetTempPath(),
        "carpass-bot-tests",
        Guid.NewGuid().ToString("N")
    );
    private readonly Dictionary<long, int> _seen = [];
    private readonly IReadOnlyDictionary<string, string> _settings;
    private readonly UpdateFactory _updates = new();

    /// <summary>Builds updates without delivering them (see <see cref="Deliver"/>).</summary>
    public UpdateFactory Updates => _updates;
    private readonly int? _busyTimeoutSeconds;
    private readonly TimeProvider? _clock;

    private BotWorld(
        FakeBotApi api,
        IReadOnlyDictionary<string, string> settings,
        int? busyTimeoutSeconds,
        TimeProvider? clock
    )
    {
        Api = api;
        _settings = settings;
        _busyTimeoutSeconds = busyTimeoutSeconds;
        _clock = clock;
        Directory.CreateDirectory(_folder);
    }

    public FakeBotApi Api { get; }
    public BotHostFactory Host { get; private set; } = null!;
    public string ConnectionString =>
        $"Data Source={Path.Combine(_folder, "carpass.db")}"
        + (_busyTimeoutSeconds is { } seconds ? $";Default Timeout={seconds}" : "");

    /// <param name="busyTimeoutSeconds">The database's busy timeout when not the product's default (10 s).</param>
    /// <param name="clock">The host's business clock when the test moves time (the bot's loop keeps real time).</param>
    public static async Task<BotWorld> StartAsync(
        IReadOnlyDictionary<string, string>? settings = null,
        int? busyTimeoutSeconds = null,
        TimeProvider? clock = null
    )
    {
        // Scheduled jobs stay off unless a test asks for them, so no nudge lands in the middle of a conversation.
        var merged = new Dictionary<string, string> { ["Jobs:ServerEnabled"] = "false" };
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
            merged[key] = value;
        var world = new BotWorld(await FakeBotApi.StartAsync(), merged, busyTimeoutSeconds, clock);
        world.StartHost();
        return world;
    }

    /// <summary>Stops the host as a crash or deploy would, and starts a fresh one on the same database.</summary>
    public async Task RestartAsync()
    {
        await Host.DisposeAsync();
        StartHost();
    }

    public Update Text(long userId, string text, string language = "en") =>
        Deliver(_updates.Text(userId, text, language));

    public Update Sticker(long userId) => Deliver(_updates.Sticker(userId));

    public Update Location(long userId) => Deliver(_updates.Location(userId));

    public Update Tap(long userId, SentMessage on, string callbackData, string language = "en") =>
        Deliver(_updates.Tap(userId, on, callbackData, language));

    /// <summary>Sends a photo whose file the fake Bot API serves; returns the bot's answer.</summary>
    public Task<SentMessage> PhotoAsync(long userId, byte[] image, string language = "en") =>
        AnswerTo(userId, _updates.Photo(userId, Api.AddFile(image), image.Length, language));

    /// <summary>Sends a file (a document) of the given type; returns the bot's answer.</summary>
    public Task<SentMessage> DocumentAsync(long userId, byte[] content, string mimeType, string language = "en") =>
        AnswerTo(userId, _updates.Document(userId, Api.AddFile(content), content.Length, mimeType, language));

    /// <summary>Sends a named file (a CSV to import, say); returns the bot's answer.</summary>
    public Task<SentMessage> FileAsync(
        long userId,
        byte[] content,
        string fileName,
        string mimeType,
        string language = "en"
    ) =>
        AnswerTo(userId, _updates.Document(userId, Api.AddFile(content), content.Length, mimeType, language, fileName));

    /// <summary>Sends a file the fake Bot API already serves, announced with this size; returns the bot's answer.</summary>
    public Task<SentMessage> ServedDocumentAsync(long userId, string fileId, long announcedSize, string mimeType) =>
        AnswerTo(userId, _updates.Document(userId, fileId, announcedSize, mimeType));

    /// <summary>A photo of a file the fake Bot API already serves; delivered, not awaited.</summary>
    public Update Photo(long userId, string fileId, long size) => Deliver(_updates.Photo(userId, fileId, size));

    /// <summary>A photo or file Telegram announces with this size, and that nobody may download.</summary>
    public Task<SentMessage> AnnouncedFileAsync(long userId, long size, string? mimeType = null) =>
        AnswerTo(
            userId,
            mimeType is null
                ? _updates.Photo(userId, "not-there", size)
                : _updates.Document(userId, "not-there", size, mimeType)
        );

    public Update Deliver(Update update)
    {
        Api.Enqueue(update);
        return update;
    }

    /// <summary>The next message the bot sends or edits in this chat.</summary>
    public async Task<SentMessage> NextAsync(long chatId)
    {
        var seen = _seen.GetValueOrDefault(chatId);
        var message = await Api.WaitForAsync(sent => sent.Where(m => m.ChatId == chatId).Skip(seen).FirstOrDefault());
        _seen[chatId] = seen + 1;
        return message;
    }

    private async Task<SentMessage> AnswerTo(long userId, Update update)
    {
        Deliver(update);
        return await NextAsync(userId);
    }

    /// <summary>Types text and returns the bot's answer.</summary>
    public async Task<SentMessage> SayAsync(long userId, string text, string language = "en")
    {
        Text(userId, text, language);
        return await NextAsync(userId);
    }

    /// <summary>Taps a button (found by label) on a message and returns the bot's answer.</summary>
    public async Task<SentMessage> TapAsync(long userId, SentMessage on, string buttonLabel, string language = "en")
    {
        Tap(userId, on, on.Button(buttonLabel), language);
        return await NextAsync(userId);
    }

    /// <summary>Polls the condition until it holds (for work the host does in the background).</summary>
    public static async Task WaitUntilAsync(Func<Task<bool>> condition, string what)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline)
                throw new TimeoutException($"Timed out waiting until {what}");
            await Task.Delay(50);
        }
    }

    public async Task<T> DbAsync<T>(Func<CarPassDbContext, Task<T>> query)
    {
        var options = new DbContextOptionsBuilder<CarPassDbContext>();
        DataServiceCollectionExtensions.ConfigureSqlite(options, ConnectionString);
        await using var db = new CarPassDbContext(options.Options);
        return await query(db);
    }

    public T Service<T>()
        where T : notnull => Host.Services.CreateScope().ServiceProvider.GetRequiredService<T>();

    /// <summary>A car added through the bot's own flow, with the given odometer.</summary>
    public async Task<Guid> AddCarAsync(long ownerId, string name, int km, string language = "en")
    {
        var skip = language == "ru" ? "Пропустить" : "Skip";
        var prompt = await SayAsync(ownerId, "/add", language);
        prompt = await SayAsync(ownerId, name, language);
        for (var step = 0; step < 5; step++)
            prompt = await TapAsync(ownerId, prompt, skip, language);
        prompt = await SayAsync(ownerId, km.ToString(), language);
        await TapAsync(ownerId, prompt, skip, language);
        return await DbAsync(db => db.Vehicles.Where(v => v.Name == name).Select(v => v.Id).SingleAsync());
    }

    public async ValueTask DisposeAsync()
    {
        await Host.DisposeAsync();
        await Api.DisposeAsync();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    private void StartHost()
    {
        Host = new BotHostFactory(ConnectionString, Api.BaseUrl, _settings, _clock);
        _ = Host.Services;
    }
}
