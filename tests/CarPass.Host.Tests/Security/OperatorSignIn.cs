using CarPass.Host.Dev;
using Microsoft.AspNetCore.Hosting;

namespace CarPass.Host.Tests.Security;

/// <summary>A Production host with one operator, and that operator's sign-in at /hangfire/login.</summary>
public static class OperatorSignIn
{
    public const string BotToken = "7000000004:dashboard-login-token";
    public const long Operator = 100000003;

    public static void AsProductionWithOperator(this IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("Telegram:BotToken", BotToken);
        builder.UseSetting("Admin:TelegramIds:0", Operator.ToString());
        builder.UseSetting("Ocr:WarmUpAtStart", "false");
    }

    public static string InitData(int minutesOld = 0) =>
        InitDataSigner.ForUser(BotToken, Operator, "Operator", "en", DateTimeOffset.UtcNow.AddMinutes(-minutesOld));

    public static FormUrlEncodedContent Form(int minutesOld = 0) =>
        new(new Dictionary<string, string> { ["init_data"] = InitData(minutesOld) });

    /// <summary>Signs in and returns the cookie as a browser would send it back ("name=value").</summary>
    public static async Task<string> CookieAsync(HttpClient client)
    {
        var login = await client.PostAsync("/hangfire/login", Form());
        return Assert.Single(login.Headers.GetValues("Set-Cookie")).Split(';')[0];
    }
}
