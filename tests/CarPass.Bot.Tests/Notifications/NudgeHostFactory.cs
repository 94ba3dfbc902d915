using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace CarPass.Bot.Tests.Notifications;

/// <summary>The real host, its bot pointed at the fake Bot API, its business clock under the test's control.</summary>
public sealed class NudgeHostFactory(
    string connectionString,
    string apiBaseUrl,
    FakeTimeProvider clock,
    IReadOnlyDictionary<string, string> settings,
    string environment
) : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(environment);
        builder.UseSetting("ConnectionStrings:CarPass", connectionString);
        builder.UseSetting("Telegram:BotToken", Fake.FakeBotApi.Token);
        builder.UseSetting("Ocr:WarmUpAtStart", "false");
        builder.UseSetting("Telegram:ApiBaseUrl", apiBaseUrl);
        builder.UseSetting("Telegram:PollTimeoutSeconds", "2");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        builder.UseSetting("Jobs:ServerEnabled", "false");
        foreach (var (key, value) in settings)
            builder.UseSetting(key, value);
        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(clock));
    }
}
