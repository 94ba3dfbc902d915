using System.Security.Cryptography;
using CarPass.Bot.Setup;
using Microsoft.Extensions.Options;

namespace CarPass.Host.Auth;

/// <summary>
/// The bot token initData is checked with. Without a configured token, Development uses a random
/// per-process token (so /dev/open works locally) and every other environment refuses all initData.
/// Development with a real token starts, loudly: tests and bot developers run it, but it must not
/// face the internet (developer exception page; README "Running it").
/// </summary>
public sealed class SigningToken
{
    public SigningToken(IOptions<TelegramOptions> telegram, IHostEnvironment environment, ILogger<SigningToken> logger)
    {
        var configured = telegram.Value.BotToken?.Trim();
        if (!string.IsNullOrEmpty(configured))
        {
            Value = configured;
            if (environment.IsDevelopment())
                logger.LogWarning(
                    "Development environment with a configured bot token: /dev/open is off, but the developer exception page is on. Do not expose this instance; run it as Production (the default launch profile) for real users."
                );
        }
        else if (environment.IsDevelopment())
        {
            Value = $"0:{Convert.ToHexString(RandomNumberGenerator.GetBytes(24))}";
            IsDevelopmentToken = true;
            logger.LogInformation(
                "Mini App: no bot token, so initData is signed with a random per-process development token; open /dev/open to see the dashboard."
            );
        }
    }

    /// <summary>Null when nothing can be validated (no token outside Development).</summary>
    public string? Value { get; }

    public bool IsDevelopmentToken { get; }
}
