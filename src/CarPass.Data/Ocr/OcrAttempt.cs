namespace CarPass.Data.Ocr;

/// <summary>
/// A photo someone sent to be read, counted before it is downloaded, whatever becomes of it
/// (<see cref="OcrRateLimiter"/>). Keyed by the update that brought it, so a redelivery counts once.
/// </summary>
public sealed class OcrAttempt
{
    public long UpdateId { get; set; }
    public Guid UserId { get; set; }
    public DateTime CreatedAt { get; set; }
}
