namespace CarPass.Data.Access;

/// <summary>Who may see or act on a vehicle: a user (owner, co-owner, viewer) or a service centre.</summary>
public sealed class VehicleAccessGrant
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid VehicleId { get; set; }
    public AccessRole Role { get; set; }
    public Guid? UserId { get; set; }
    public Guid? ServiceCenterId { get; set; }
    public Guid? GrantedByUserId { get; set; }
    public DateTime GrantedAt { get; set; }
    public DateTime? ExpiresAt { get; set; }
    public DateTime? RevokedAt { get; set; }
    public Guid? RevokedByUserId { get; set; }

    public bool IsActiveAt(DateTime nowUtc) => RevokedAt is null && (ExpiresAt is null || ExpiresAt > nowUtc);
}
