namespace CarPass.Data.Export;

/// <summary>Everything an owner may take out of CarPass: their vehicles and the records of those vehicles.</summary>
public sealed record ExportBundle(
    DateTime ExportedAt,
    IReadOnlyList<VehicleRow> Vehicles,
    IReadOnlyList<OdometerRow> Odometer,
    IReadOnlyList<FuelRow> Fuel,
    IReadOnlyList<ServiceRow> Service,
    IReadOnlyList<VisitRow> Visits,
    IReadOnlyList<ReminderRow> Reminders,
    IReadOnlyList<BadgeRow> Badges,
    IReadOnlyList<ChargingRow> Charging,
    IReadOnlyList<DocumentRow> Documents,
    IReadOnlyList<TyreSetRow> Tyres
);
