using CarPass.Domain.Maintenance;
using CarPass.Domain.Visits;

namespace CarPass.Domain.Vehicles;

/// <summary>Everything the passport rules need about one vehicle, read in one go and never mutated.</summary>
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
    bool ObdConnected = false
)
{
    public static VehicleSnapshot Empty(Guid vehicleId, VehicleProfile? profile = null) =>
        new(vehicleId, profile ?? new VehicleProfile(), true, [], [], [], [], [], []);
}
