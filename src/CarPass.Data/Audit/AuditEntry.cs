namespace CarPass.Data.Audit;

/// <summary>
/// One line of the append-only audit log. Rows are only ever inserted: the DbContext refuses
/// updates and deletes, and database triggers refuse them too.
/// </summary>
public sealed class AuditEntry
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public DateTime OccurredAt { get; set; }
    public Guid? ActorUserId { get; set; }
    public string Action { get; set; } = "";
    public string EntityType { get; set; } = "";
    public Guid? EntityId { get; set; }
    public Guid? VehicleId { get; set; }
    public Guid? ServiceCenterId { get; set; }
    public string? DataJson { get; set; }
}
