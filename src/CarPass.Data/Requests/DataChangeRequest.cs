using CarPass.Data.Access;

namespace CarPass.Data.Requests;

/// <summary>A proposed change to a sensitive field: nothing changes until the owner approves.</summary>
public sealed class DataChangeRequest
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid VehicleId { get; set; }
    public VehicleField Field { get; set; }
    public string ProposedValue { get; set; } = "";
    public string? PreviousValue { get; set; }
    public ChangeSource Source { get; set; }
    public Guid RequestedByUserId { get; set; }
    public Guid? ServiceCenterId { get; set; }
    public Guid? OcrScanId { get; set; }
    public RequestStatus Status { get; set; } = RequestStatus.Pending;
    public Guid? DecidedByUserId { get; set; }
    public DateTime? DecidedAt { get; set; }
    public DateTime CreatedAt { get; set; }
    public Guid Version { get; set; } = Guid.NewGuid();
}
