using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace CarPass.Bench.BotPipeline;

/// <summary>
/// The real host in process (its services, handlers and SQLite file), its bot client pointed at
/// the fake Bot API. The api role only, so the host's own polling loop does not compete with the
/// benchmark's.
/// </summary>
public sealed class BotHost : WebApplicationFactory<Program>
{
    private readonly string _connectionString;
    private readonly string _apiBaseUrl;

    public BotHost(string connectionString, string apiBaseUrl)
    {
        _connectionString = connectionString;
        _apiBaseUrl = apiBaseUrl;
        // The factory looks for its content root from the working directory unless told where it is.
        Environment.SetEnvironmentVariable(
            "ASPNETCORE_TEST_CONTENTROOT_CARPASS_HOST",
            Path.Combine(Repository.Root(), "src", "CarPass.Host")
        );
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("ConnectionStrings:CarPass", _connectionString);
        builder.UseSetting("Telegram:BotToken", FakeBotApi.Token);
        builder.UseSetting("Telegram:ApiBaseUrl", _apiBaseUrl);
        builder.UseSetting("Host:Roles", "api");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
    }
}
