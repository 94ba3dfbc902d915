using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace CarPass.Bot.Loop;

/// <summary>Which updates the bot asks Telegram for (polling and webhook alike), and whose turn each one takes.</summary>
public static class TelegramUpdates
{
    public static readonly UpdateType[] Allowed = [UpdateType.Message, UpdateType.CallbackQuery];

    /// <summary>The chat whose updates must run in order (a callback without a message: its sender).</summary>
    public static long ChatOf(Update u) =>
        u.Message?.Chat.Id ?? u.CallbackQuery?.Message?.Chat.Id ?? u.CallbackQuery?.From.Id ?? u.Id;
}
