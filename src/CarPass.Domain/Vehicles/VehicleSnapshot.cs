using CarPass.Domain.Maintenance;
using CarPass.Domain.Visits;

namespace CarPass.Domain.Vehicles;

/// <summary>Everything the passport rules need about one vehicle, read in one go and never mutated.</summary>
/// <param name="InsuranceLapsed">The latest OSAGO policy on record expired before the day of the read (none on record: false).</param>
/// <param name="InsuranceExpiresOn">The last valid day of the latest OSAGO policy on record, if any: the passport changes the day after it without a write.</param>
public sealed record VehicleSnapshot(
    Guid VehicleId,
    VehicleProfile Profile,
    bool HasOwner,
    IReadOnlyList<OdometerRecord> OdometerReadings,
    IReadOnlyList<FuelRecord> FuelEntries,
    IReadOnlyList<ServiceRecord> ServiceEntries,
    IReadOnlyList<VisitRecord> Visits,
    IReadOnlyList<ReminderRecord> Reminders,
    IReadOnlyList<ChargingRecord> ChargingSessions,
    bool ObdConnected = false,
    bool InsuranceLapsed = false,
    DateTime? InsuranceExpiresOn = null
)
{
    public static VehicleSnapshot Empty(Guid vehicleId, VehicleProfile? profile = null) =>
        new(vehicleId, profile ?? new VehicleProfile(), true, [], [], [], [], [], []);
}
