using CarPass.Host.Dev;

namespace CarPass.Bench.Api;

/// <summary>
/// `CarPass.Bench.dll init-data TELEGRAM_ID` with the bot token on standard input: prints initData
/// signed for that user, valid for the host started with that token, for an outside load driver
/// (docs/PERFORMANCE.md). The token is only ever the one the operator passes; it is read from
/// standard input so it stays off the command line.
/// </summary>
public static class InitDataVerb
{
    public const string Name = "init-data";

    public static int Run(string[] args)
    {
        var token = Console.In.ReadLine()?.Trim();
        if (args.Length != 1 || !long.TryParse(args[0], out var telegramId) || string.IsNullOrEmpty(token))
        {
            Console.Error.WriteLine($"usage: echo \"$BOT_TOKEN\" | CarPass.Bench.dll {Name} TELEGRAM_ID");
            return 2;
        }
        Console.WriteLine(InitDataSigner.ForUser(token, telegramId, "Bench", "en", DateTimeOffset.UtcNow));
        return 0;
    }
}
