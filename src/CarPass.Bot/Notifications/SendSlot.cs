namespace CarPass.Bot.Notifications;

/// <summary>One booked send: it holds its place in the pacer's windows until a second after <see cref="DoneAt"/>.</summary>
public sealed class SendSlot(long chatId)
{
    public long ChatId { get; } = chatId;
    public long? DoneAt { get; internal set; }
}
