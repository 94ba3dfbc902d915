using Telegram.Bot.Types.ReplyMarkups;

namespace CarPass.Bot.Tests.Fake;

/// <summary>What the bot sent (or edited) through the fake Bot API.</summary>
public sealed record SentMessage(string Method, long ChatId, int MessageId, string Text, InlineKeyboardMarkup? Keyboard)
{
    /// <summary>The file of a sendDocument (its caption is <see cref="Text"/>).</summary>
    public SentDocument? Document { get; init; }

    /// <summary>The Telegram file id of a sendPhoto (its caption is <see cref="Text"/>).</summary>
    public string? PhotoFileId { get; init; }

    public IEnumerable<InlineKeyboardButton> Buttons => Keyboard?.InlineKeyboard.SelectMany(row => row) ?? [];

    /// <summary>The callback data of the first button whose label contains the text.</summary>
    public string Button(string labelPart) =>
        Buttons.FirstOrDefault(b => b.Text.Contains(labelPart, StringComparison.OrdinalIgnoreCase))?.CallbackData
        ?? throw new Xunit.Sdk.XunitException(
            $"No button containing '{labelPart}' in: {string.Join(" | ", Buttons.Select(b => b.Text))}\n{Text}"
        );

    public override string ToString() => $"{Method} #{MessageId} to {ChatId}: {Text}";
}
