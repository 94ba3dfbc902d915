using System.Net.Http.Headers;
using CarPass.Data.Access;
using CarPass.Data.Persistence;
using CarPass.Data.Vehicles;
using CarPass.Host.Demo;
using CarPass.Host.Dev;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace CarPass.Host.Tests.Api;

/// <summary>
/// One host per test class with a bot token, an internal key, a fake clock and the demo garage
/// seeded through the host's own seeder. Clients carry initData signed at the fake "now".
/// </summary>
public sealed class ApiFixture : IAsyncLifetime
{
    public const string BotToken = "7000000002:api-test-token";
    public const string BotUsername = "CarPassTestBot";
    public const string InternalKey = "internal-test-key-5f1c-0123456789abcdef";
    public const long Owner = DemoSeeder.OwnerTelegramId;
    public const long Employee = DemoSeeder.EmployeeTelegramId;
    public const long Stranger = 100000099;

    private readonly HostFactory _base = new();

    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 6, 15, 9, 0, 0, TimeSpan.Zero));
    public WebApplicationFactory<Program> Host { get; private set; } = null!;
    public CapturedLogs Logs => _base.Logs;
    public Guid OwnerId { get; private set; }
    public Guid CamryId { get; private set; }
    public Guid VestaId { get; private set; }
    public Guid CenterId { get; private set; }

    public async Task InitializeAsync()
    {
        Host = _base.WithWebHostBuilder(b =>
        {
            b.UseSetting("Telegram:BotToken", BotToken);
            b.UseSetting("Ocr:WarmUpAtStart", "false");
            b.UseSetting("Telegram:BotUsername", BotUsername);
            b.UseSetting("Internal:ApiKey", InternalKey);
            b.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(Clock));
        });
        await using var scope = Host.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DemoSeeder>().RunAsync(TextWriter.Null, default);
        var db = scope.ServiceProvider.GetRequiredService<CarPassDbContext>();
        var owner = await db.Users.SingleAsync(u => u.TelegramId == Owner);
        OwnerId = owner.Id;
        var cars = await db
            .VehicleAccessGrants.Where(g => g.UserId == owner.Id && g.Role == AccessRole.Owner)
            .Join(db.Vehicles, g => g.VehicleId, v => v.Id, (g, v) => v)
            .ToListAsync();
        CamryId = cars.Single(v => v.Make == "Toyota").Id;
        VestaId = cars.Single(v => v.Make == "Lada").Id;
        CenterId = (await db.ServiceCenters.SingleAsync()).Id;
    }

    public string InitData(long telegramId, string language = "ru", DateTimeOffset? authDate = null) =>
        InitDataSigner.ForUser(BotToken, telegramId, "Test", language, authDate ?? Clock.GetUtcNow());

    public HttpClient ClientFor(long telegramId, string language = "ru") => ClientWith(InitData(telegramId, language));

    public HttpClient ClientWith(string? initData)
    {
        var client = Host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        if (initData is not null)
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("tma", initData);
        return client;
    }

    /// <summary>Runs one piece of the host's own services in a fresh scope (a reader, a use case).</summary>
    public async Task<TResult> WithAsync<TService, TResult>(Func<TService, Task<TResult>> use)
        where TService : notnull
    {
        await using var scope = Host.Services.CreateAsyncScope();
        return await use(scope.ServiceProvider.GetRequiredService<TService>());
    }

    /// <summary>A car of the demo owner's own beside the demo garage, with nothing recorded yet.</summary>
    public Task<Guid> AddCarAsync(string name) =>
        WithAsync<VehicleUseCases, Guid>(async v =>
            (await v.AddAsync(OwnerId, new VehicleDraft(name), default)).Value!.Id
        );

    public async Task DisposeAsync()
    {
        await Host.DisposeAsync();
        await _base.DisposeAsync();
    }
}
