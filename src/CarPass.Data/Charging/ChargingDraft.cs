using CarPass.Domain.Vehicles;

namespace CarPass.Data.Charging;

public sealed record ChargingDraft(
    double Kwh,
    ChargingPlace Place,
    long? TotalPriceMinor = null,
    string? Currency = null,
    int? SocBefore = null,
    int? SocAfter = null,
    int? OdometerKm = null,
    DateTime? ChargedAt = null,
    bool KeepUnusualOdometer = false
);
