namespace CarPass.Domain.Vehicles;

/// <summary>A fill-up. <paramref name="MissedPrevious"/> marks that the fill before this one was not logged.</summary>
public sealed record FuelRecord(
    DateTime Date,
    double Litres,
    int? OdometerKm,
    bool IsFullTank,
    bool MissedPrevious,
    DateTime CreatedAt,
    bool IsDeleted = false
);
