namespace CarPass.Data.Access;

/// <summary>A service centre asks the owner for time-limited access to a vehicle it found.</summary>
public sealed class AccessRequest
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid VehicleId { get; set; }
    public Guid ServiceCenterId { get; set; }
    public Guid RequestedByUserId { get; set; }
    public RequestStatus Status { get; set; } = RequestStatus.Pending;
    public Guid? GrantId { get; set; }
    public Guid? DecidedByUserId { get; set; }
    public DateTime? DecidedAt { get; set; }
    public DateTime CreatedAt { get; set; }
    public Guid Version { get; set; } = Guid.NewGuid();
}
