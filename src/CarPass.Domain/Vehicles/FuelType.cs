namespace CarPass.Domain.Vehicles;

public enum FuelType
{
    Petrol,
    Diesel,
    Lpg,
    Cng,
    Hybrid,
    Electric,

    /// <summary>A plug-in hybrid: it burns fuel and charges from the grid, so it keeps both logs.</summary>
    PluginHybrid,
    Other,
}
