namespace CarPass.Data.Export;

/// <summary>A charging session of an electric or plug-in hybrid car, as exported.</summary>
public sealed record ChargingRow(
    Guid Id,
    Guid VehicleId,
    DateTime ChargedAt,
    double Kwh,
    long? TotalPriceMinor,
    string? Currency,
    int? SocBefore,
    int? SocAfter,
    string Place,
    int? OdometerKm,
    string Provenance
);

/// <summary>A dated document (policy, inspection), as exported; its photo stays in the chat it was sent to.</summary>
public sealed record DocumentRow(
    Guid Id,
    Guid VehicleId,
    string Kind,
    string Number,
    DateTime? IssuedOn,
    DateTime ExpiresOn,
    bool HasPhoto,
    string Provenance
);

/// <summary>A set of tyres, as exported.</summary>
public sealed record TyreSetRow(
    Guid Id,
    Guid VehicleId,
    string Season,
    string Size,
    bool Studded,
    DateTime? FittedOn,
    int? FittedKm,
    DateTime? RemovedOn,
    string Provenance
);
