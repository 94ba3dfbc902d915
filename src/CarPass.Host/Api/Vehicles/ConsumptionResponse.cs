using System.Text.Json.Serialization;
using CarPass.Domain.Vehicles;

namespace CarPass.Host.Api.Vehicles;

/// <summary>
/// Measured consumption: l/100 km when the car burns fuel, kWh/100 km when it charges, both for a
/// plug-in hybrid; a figure is null until two records measure a stretch. The figures are named like the
/// charts' units ("l_per_100km", "kwh_per_100km").
/// </summary>
public sealed record ConsumptionResponse(
    bool BurnsFuel,
    bool Charges,
    [property: JsonPropertyName("l_per_100km")] double? LitresPer100Km,
    int FuelStretches,
    [property: JsonPropertyName("kwh_per_100km")] double? KwhPer100Km,
    int ChargingStretches
)
{
    public static ConsumptionResponse Of(VehicleConsumption c) =>
        new(
            c.BurnsFuel,
            c.Charges,
            c.LitresPer100Km is { } litres ? Math.Round(litres, 2) : null,
            c.FuelStretches,
            c.KwhPer100Km is { } kwh ? Math.Round(kwh, 2) : null,
            c.ChargingStretches
        );
}
