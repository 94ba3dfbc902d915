namespace CarPass.Data.Bot;

/// <summary>
/// A Telegram update that has been applied. Written in the same transaction as the update's
/// effects, so a redelivered update is recognised and changes nothing.
/// </summary>
public sealed class ProcessedUpdate
{
    public long UpdateId { get; set; }
    public DateTime ProcessedAt { get; set; }
}
