using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace CarPass.Bot.Tests.Support;

/// <summary>
/// The real host, its bot pointed at the fake Bot API; only the base URL differs from production, and
/// the business clock when a test moves time.
/// </summary>
public sealed class BotHostFactory(
    string connectionString,
    string apiBaseUrl,
    IReadOnlyDictionary<string, string> settings,
    TimeProvider? clock = null
) : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("ConnectionStrings:CarPass", connectionString);
        builder.UseSetting("Telegram:BotToken", Fake.FakeBotApi.Token);
        builder.UseSetting("Ocr:WarmUpAtStart", "false");
        builder.UseSetting("Telegram:ApiBaseUrl", apiBaseUrl);
        builder.UseSetting("Telegram:PollTimeoutSeconds", "2");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        foreach (var (key, value) in settings)
            builder.UseSetting(key, value);
        if (clock is not null)
            builder.ConfigureTestServices(services => services.AddSingleton(clock));
    }
}
