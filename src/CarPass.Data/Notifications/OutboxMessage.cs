using CarPass.Domain.Notifications;

namespace CarPass.Data.Notifications;

/// <summary>
/// A nudge waiting to be sent. The unique (vehicle, kind, period) key is written before sending,
/// so a sweep that runs twice, or a retried job, never produces a second message.
/// </summary>
public sealed class OutboxMessage
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid UserId { get; set; }
    public Guid VehicleId { get; set; }
    public NotificationKind Kind { get; set; }
    public string PeriodKey { get; set; } = "";
    public string PayloadJson { get; set; } = "{}";
    public OutboxStatus Status { get; set; } = OutboxStatus.Pending;
    public DateTime NotBefore { get; set; }
    public int Attempts { get; set; }
    public string? ClaimedBy { get; set; }
    public DateTime? ClaimedAt { get; set; }
    public DateTime? SentAt { get; set; }
    public string? LastError { get; set; }
    public DateTime CreatedAt { get; set; }
}
