namespace CarPass.Data.Vehicles;

public static class VehicleLimits
{
    public const int FirstCarYear = 1886;

    /// <summary>Next year's models are sold from the autumn before.</summary>
    public static int LastYear(DateTime nowUtc) => nowUtc.Year + 1;
}
