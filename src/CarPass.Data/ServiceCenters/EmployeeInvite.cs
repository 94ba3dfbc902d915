namespace CarPass.Data.ServiceCenters;

/// <summary>A one-time deep-link code that lets one person join a centre before it expires.</summary>
public sealed class EmployeeInvite
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid ServiceCenterId { get; set; }
    public string Code { get; set; } = "";
    public Guid CreatedByUserId { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime ExpiresAt { get; set; }
    public DateTime? UsedAt { get; set; }
    public Guid? UsedByUserId { get; set; }
}
