using Telegram.Bot.Exceptions;

namespace CarPass.Bot.Replies;

/// <summary>
/// Telegram's ways of saying "this person cannot be written to": 403 (they blocked the bot, never
/// started it, or deleted their account), or 400 "chat not found" for an id the bot never met.
/// </summary>
public static class Unreachable
{
    public static bool Is(ApiRequestException e) =>
        e.ErrorCode == 403
        || (e.ErrorCode == 400 && e.Message.Contains("chat not found", StringComparison.OrdinalIgnoreCase));
}
