namespace CarPass.Data.Claims;

/// <summary>
/// Someone says a car held by another passport is theirs; an operator decides. The claimant never
/// sees the other passport, and its owner is not asked anything while the claim is open.
/// </summary>
public sealed class VehicleClaim
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public ClaimKind Kind { get; set; }

    /// <summary>The passport that holds what is claimed.</summary>
    public Guid VehicleId { get; set; }

    /// <summary>The VIN the claimant typed (VIN claims).</summary>
    public string? Vin { get; set; }
    public Guid ClaimantUserId { get; set; }

    /// <summary>The claimant's own passport that should carry the VIN when the claim is upheld.</summary>
    public Guid? ClaimantVehicleId { get; set; }
    public ClaimStatus Status { get; set; } = ClaimStatus.Open;
    public DateTime CreatedAt { get; set; }
    public DateTime? DecidedAt { get; set; }
    public Guid? DecidedByUserId { get; set; }
}
