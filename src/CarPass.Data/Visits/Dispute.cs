namespace CarPass.Data.Visits;

public sealed class Dispute
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid ServiceVisitId { get; set; }
    public Guid OpenedByUserId { get; set; }
    public string Reason { get; set; } = "";
    public string? CenterResponse { get; set; }
    public Guid? CenterRespondedByUserId { get; set; }
    public DateTime? CenterRespondedAt { get; set; }
    public DisputeStatus Status { get; set; } = DisputeStatus.Open;
    public string? Resolution { get; set; }
    public Guid? ResolvedByUserId { get; set; }
    public DateTime? ResolvedAt { get; set; }
    public DateTime CreatedAt { get; set; }
}
