namespace CarPass.Data.Engagement;

public sealed class EngagementEvent
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid? UserId { get; set; }
    public Guid? VehicleId { get; set; }
    public Guid? ServiceCenterId { get; set; }
    public string EventType { get; set; } = "";
    public string? MetadataJson { get; set; }
    public DateTime CreatedAt { get; set; }
}
