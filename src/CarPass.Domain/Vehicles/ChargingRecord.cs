namespace CarPass.Domain.Vehicles;

/// <summary>A charging session: the energy put into the battery and, when known, the state of charge before and after (0–100).</summary>
public sealed record ChargingRecord(
    DateTime Date,
    double Kwh,
    int? OdometerKm,
    int? SocBefore,
    int? SocAfter,
    DateTime CreatedAt,
    bool IsDeleted = false
);
