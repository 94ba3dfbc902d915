using CarPass.Host.Dev;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace CarPass.Browser.Tests.Support;

/// <summary>
/// The real host on a real Kestrel at 127.0.0.1 (a browser cannot reach WebApplicationFactory's
/// in-memory server), on its own SQLite file with the demo garage seeded through the host's own
/// seed-demo verb. With a bot token it runs as Production, as deployed; without one as Development
/// on the random development token, as a developer runs it (the 'local' launch profile), where
/// /dev/open exists.
/// </summary>
public sealed class LiveHost(bool withBotToken = true) : WebApplicationFactory<Program>
{
    public const string BotToken = "7000000001:browser-test-token";
    public const string BotUsername = "CarPassTestBot";

    private readonly string _folder = Path.Combine(
        Path.GetTempPath(),
        "carpass-browser-tests",
        Guid.NewGuid().ToString("N")
    );

    private string ConnectionString => $"Data Source={Path.Combine(_folder, "carpass.db")}";

    public Uri BaseAddress { get; private set; } = null!;

    public async Task StartAsync()
    {
        Directory.CreateDirectory(_folder);
        UseKestrel(0);
        var entry = typeof(Program).Assembly.EntryPoint!;
        string[] args =
        [
            "seed-demo",
            "--environment=Development",
            $"--ConnectionStrings:CarPass={ConnectionString}",
            "--Logging:LogLevel:Default=Warning",
        ];
        var seeded = await Task.Run(() => (int)entry.Invoke(null, [args])!);
        if (seeded != 0)
            throw new InvalidOperationException($"seed-demo exited with {seeded}");
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        BaseAddress = new Uri(addresses.First());
    }

    /// <summary>initData signed with the host's bot token, as Telegram would hand it to the Mini App.</summary>
    public static string InitData(long telegramId, string language, DateTimeOffset authDate) =>
        InitDataSigner.ForUser(BotToken, telegramId, "Test", language, authDate);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(withBotToken ? "Production" : "Development");
        builder.UseSetting("urls", "http://127.0.0.1:0");
        builder.UseSetting("ConnectionStrings:CarPass", ConnectionString);
        builder.UseSetting("Telegram:BotToken", withBotToken ? BotToken : "");
        builder.UseSetting("Ocr:WarmUpAtStart", "false");
        builder.UseSetting("Telegram:BotUsername", BotUsername);
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_folder))
            Directory.Delete(_folder, recursive: true);
    }
}
