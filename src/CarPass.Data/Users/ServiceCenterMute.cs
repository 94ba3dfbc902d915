namespace CarPass.Data.Users;

/// <summary>An owner muted confirmation nudges from one centre; the requests still show in the garage.</summary>
public sealed class ServiceCenterMute
{
    public Guid UserId { get; set; }
    public Guid ServiceCenterId { get; set; }
    public DateTime CreatedAt { get; set; }
}
