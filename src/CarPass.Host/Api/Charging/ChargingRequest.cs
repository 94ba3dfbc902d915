using CarPass.Domain.Vehicles;

namespace CarPass.Host.Api.Charging;

/// <summary>POST /api/my/vehicles/{vehicle_id}/charging. The price is in minor units (kopecks, cents).</summary>
public sealed record ChargingRequest(
    double? Kwh,
    ChargingPlace? Place,
    long? PriceMinor = null,
    string? Currency = null,
    int? SocBefore = null,
    int? SocAfter = null,
    int? OdometerKm = null,
    DateTime? ChargedAt = null
);
