using CarPass.Data.Fuel;
using CarPass.Data.Odometer;
using CarPass.Data.Scores;
using CarPass.Data.Vehicles;
using CarPass.Domain.Vehicles;

namespace CarPass.Data.WritePath;

/// <summary>
/// What one write added to a vehicle's records, when adding them is all it did to them: enough to
/// bring the vehicle's snapshot from the version before the write to the one after it without
/// reading its history (<see cref="KeptHistories"/>). Records become snapshot records through the
/// same projections the snapshot reader uses.
/// </summary>
public sealed class AddedRecords(Vehicle vehicle)
{
    private static readonly Func<OdometerReading, Keyed<OdometerRecord>> OdometerOf = SnapshotRows.Odometer.Compile();
    private static readonly Func<FuelEntry, Keyed<FuelRecord>> FuelOf = SnapshotRows.Fuel.Compile();

    private readonly List<OdometerReading> _odometer = [];
    private readonly List<FuelEntry> _fuel = [];

    internal void Add(OdometerReading reading) => _odometer.Add(reading);

    internal void Add(FuelEntry entry) => _fuel.Add(entry);

    /// <summary>
    /// The snapshot after the write: <paramref name="before"/> with the added records after its own
    /// (a read gives records in no set order, and the rules rely on none), the vehicle's profile as the
    /// write left it, and what depends on the owner and the day as of now.
    /// </summary>
    public VehicleSnapshot OnTopOf(VehicleSnapshot before, bool hasOwner, DateTime nowUtc) =>
        before with
        {
            Profile = SnapshotRows.Profile(vehicle),
            HasOwner = hasOwner,
            OdometerReadings = [.. before.OdometerReadings, .. _odometer.Select(r => OdometerOf(r).Record)],
            FuelEntries = [.. before.FuelEntries, .. _fuel.Select(f => FuelOf(f).Record)],
            InsuranceLapsed = before.InsuranceExpiresOn is { } lastDay && lastDay < nowUtc.Date,
        };
}
