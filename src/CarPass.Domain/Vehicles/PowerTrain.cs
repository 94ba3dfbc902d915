namespace CarPass.Domain.Vehicles;

/// <summary>Which logs a vehicle keeps: fuel for engines, charging for cars that plug in, both for plug-in hybrids.</summary>
public static class PowerTrain
{
    public static bool Charges(FuelType? fuel) => fuel is FuelType.Electric or FuelType.PluginHybrid;

    /// <summary>An unknown fuel type keeps the fuel log, as every vehicle did before the type was asked.</summary>
    public static bool BurnsFuel(FuelType? fuel) => fuel is not FuelType.Electric;
}
