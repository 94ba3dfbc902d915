namespace CarPass.Data.Export;

/// <summary>
/// One row of each exported table. Every record says where it came from: <c>self_reported</c>
/// (the owner entered or imported it) or <c>service_confirmed</c> (a centre recorded it and the owner confirmed it).
/// </summary>
public sealed record VehicleRow(
    Guid VehicleId,
    string Name,
    string? Make,
    string? Model,
    int? Year,
    string? Vin,
    string? Plate,
    string? PlateCountry,
    string? FuelType,
    int? CurrentOdometerKm,
    string State,
    DateTime CreatedAt
);

public sealed record OdometerRow(
    Guid Id,
    Guid VehicleId,
    DateTime RecordedAt,
    int ValueKm,
    string Source,
    bool Trusted,
    bool Flagged,
    string Provenance
);

public sealed record FuelRow(
    Guid Id,
    Guid VehicleId,
    DateTime FilledAt,
    double Litres,
    long? TotalPriceMinor,
    string? Currency,
    int? OdometerKm,
    bool FullTank,
    bool MissedPrevious,
    string Provenance
);

public sealed record ServiceRow(
    Guid Id,
    Guid VehicleId,
    DateTime PerformedAt,
    string Kind,
    int? OdometerKm,
    string? Note,
    long? CostMinor,
    string? Currency,
    string Provenance
);

public sealed record VisitRow(
    Guid Id,
    Guid VehicleId,
    DateTime VisitDate,
    string ServiceCenter,
    int? OdometerKm,
    string WorkKinds,
    string WorkItems,
    string? Parts,
    long? CostMinor,
    string? Currency,
    string Status,
    DateTime? ConfirmedAt,
    string Provenance
);

public sealed record ReminderRow(
    Guid Id,
    Guid VehicleId,
    string Kind,
    int? IntervalKm,
    int? IntervalMonths,
    DateTime? LastDoneAt,
    int? LastDoneKm,
    bool Active
);

/// <summary>A badge; <see cref="VehicleId"/> is null for a badge of the owner rather than of one car.</summary>
public sealed record BadgeRow(string Code, Guid? VehicleId, DateTime UnlockedAt);
