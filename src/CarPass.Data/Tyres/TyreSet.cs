using CarPass.Domain.Tyres;

namespace CarPass.Data.Tyres;

/// <summary>A set of tyres; the one fitted now has <see cref="FittedOn"/> and no <see cref="RemovedOn"/>.</summary>
public sealed class TyreSet
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid VehicleId { get; set; }
    public TyreSeason Season { get; set; }

    /// <summary>Normalised from <see cref="TyreSize"/>, e.g. "205/55 R16".</summary>
    public string Size { get; set; } = "";
    public bool Studded { get; set; }

    /// <summary>Calendar days, stored as their 00:00 UTC; null while the set was never fitted.</summary>
    public DateTime? FittedOn { get; set; }
    public int? FittedKm { get; set; }
    public DateTime? RemovedOn { get; set; }
    public Guid CreatedByUserId { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
    public DateTime? DeletedAt { get; set; }
}
