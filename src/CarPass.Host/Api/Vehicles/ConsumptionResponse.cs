using CarPass.Domain.Vehicles;

namespace CarPass.Host.Api.Vehicles;

/// <summary>
/// Measured consumption: l/100 km when the car burns fuel, kWh/100 km when it charges, both for a
/// plug-in hybrid; a figure is null until two records measure a stretch.
/// </summary>
public sealed record ConsumptionResponse(
    bool BurnsFuel,
    bool Charges,
    double? LitresPer100Km,
    int FuelStretches,
    double? KwhPer100Km,
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
