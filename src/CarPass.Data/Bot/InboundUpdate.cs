namespace CarPass.Data.Bot;

/// <summary>
/// A webhook update recorded before Telegram gets its 200, so it survives a crash and any
/// instance can apply it.
/// </summary>
public sealed class InboundUpdate
{
    public long UpdateId { get; set; }
    public long ChatId { get; set; }
    public string PayloadJson { get; set; } = "";
    public DateTime ReceivedAt { get; set; }
    public DateTime? ProcessedAt { get; set; }
}
