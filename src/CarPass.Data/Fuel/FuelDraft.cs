namespace CarPass.Data.Fuel;

/// <param name="MissedPrevious">The fill before this one was not logged: the consumption run restarts here.</param>
public sealed record FuelDraft(
    double Litres,
    long? TotalPriceMinor = null,
    string? Currency = null,
    int? OdometerKm = null,
    bool IsFullTank = true,
    bool MissedPrevious = false,
    DateTime? FilledAt = null,
    bool KeepUnusualOdometer = false
);
