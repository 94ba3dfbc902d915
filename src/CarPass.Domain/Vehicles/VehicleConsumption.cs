namespace CarPass.Domain.Vehicles;

/// <summary>
/// Measured consumption as the passport shows it: l/100 km for a car that burns fuel, kWh/100 km for
/// one that charges, both for a plug-in hybrid. A figure is null until two records measure a stretch.
/// </summary>
public sealed record VehicleConsumption(
    bool BurnsFuel,
    bool Charges,
    double? LitresPer100Km,
    int FuelStretches,
    double? KwhPer100Km,
    int ChargingStretches
)
{
    public static VehicleConsumption Of(VehicleSnapshot s)
    {
        var burns = PowerTrain.BurnsFuel(s.Profile.FuelType);
        var charges = PowerTrain.Charges(s.Profile.FuelType);
        IReadOnlyList<FillConsumption> fuel = burns ? FuelEconomy.PerFill(s.FuelEntries) : [];
        IReadOnlyList<FillConsumption> energy = charges ? EnergyEconomy.PerSession(s.ChargingSessions) : [];
        return new(burns, charges, Average(fuel), fuel.Count, Average(energy), energy.Count);
    }

    private static double? Average(IReadOnlyList<FillConsumption> stretches)
    {
        var km = stretches.Sum(s => (long)s.Km);
        return km == 0 ? null : stretches.Sum(s => s.Litres) / km * 100;
    }
}
