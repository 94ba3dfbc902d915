using System.Text.Json;
using CarPass.Data.Audit;
using CarPass.Data.Engagement;
using CarPass.Data.Fuel;
using CarPass.Data.Odometer;
using CarPass.Data.Persistence;
using CarPass.Data.Scores;
using CarPass.Data.Vehicles;

namespace CarPass.Data.WritePath;

/// <summary>
/// What one use case sees while it writes: the database, the time of the write, the list of
/// vehicles, centres and users whose scores must be recomputed before the transaction commits, and
/// the read-model version the recomputed vehicles get.
/// </summary>
public sealed class WriteScope(CarPassDbContext db, DateTime now, Guid? actorUserId, KeptHistories histories)
{
    private readonly HashSet<Guid> _vehicles = [];
    private readonly HashSet<Guid> _centers = [];
    private readonly HashSet<Guid> _users = [];
    private readonly HashSet<Guid> _changedOtherwise = [];
    private readonly Dictionary<Guid, AddedRecords> _added = [];

    public CarPassDbContext Db { get; } = db;
    public DateTime Now { get; } = now;
    public Guid? ActorUserId { get; } = actorUserId;

    /// <summary>The snapshots kept for the next write to a vehicle.</summary>
    public KeptHistories Histories { get; } = histories;

    /// <summary>
    /// The passport version of every vehicle this write recomputes: new for every write (and every
    /// retry), so a version names one committed state of a vehicle's records and a rolled-back
    /// write's version is never seen by anyone else.
    /// </summary>
    public Guid Version { get; } = Guid.NewGuid();
    public IReadOnlyCollection<Guid> AffectedVehicles => _vehicles;
    public IReadOnlyCollection<Guid> AffectedCenters => _centers;
    public IReadOnlyCollection<Guid> AffectedUsers => _users;

    /// <summary>
    /// Appends the audit entry and the matching engagement event of an action; a vehicle named here
    /// has its passport recomputed from its records read afresh.
    /// </summary>
    public void Record(
        string action,
        string entityType,
        Guid? entityId,
        Guid? vehicleId = null,
        Guid? serviceCenterId = null,
        object? data = null
    )
    {
        Append(action, entityType, entityId, vehicleId, serviceCenterId, data);
        if (vehicleId is { } v)
            _changedOtherwise.Add(v);
    }

    /// <summary>
    /// <see cref="Record"/> for an action that only added this reading to the vehicle's records: the
    /// vehicle's passport is then brought forward by it rather than read again (<see cref="AddedRecords"/>).
    /// </summary>
    public void RecordAdded(string action, OdometerReading reading, Vehicle vehicle, object? data)
    {
        Append(action, nameof(OdometerReading), reading.Id, vehicle.Id, null, data);
        AddedTo(vehicle).Add(reading);
    }

    /// <inheritdoc cref="RecordAdded(string, OdometerReading, Vehicle, object?)"/>
    public void RecordAdded(string action, FuelEntry entry, Vehicle vehicle, object? data)
    {
        Append(action, nameof(FuelEntry), entry.Id, vehicle.Id, null, data);
        AddedTo(vehicle).Add(entry);
    }

    /// <summary>The records this write added to the vehicle, when it did nothing else to the vehicle's records; null otherwise.</summary>
    public AddedRecords? OnlyAdded(Guid vehicleId) =>
        _changedOtherwise.Contains(vehicleId) ? null : _added.GetValueOrDefault(vehicleId);

    private AddedRecords AddedTo(Vehicle vehicle)
    {
        if (!_added.TryGetValue(vehicle.Id, out var added))
            _added[vehicle.Id] = added = new AddedRecords(vehicle);
        return added;
    }

    private void Append(
        string action,
        string entityType,
        Guid? entityId,
        Guid? vehicleId,
        Guid? serviceCenterId,
        object? data
    )
    {
        var json = data is null ? null : JsonSerializer.Serialize(data);
        Db.AuditLog.Add(
            new AuditEntry
            {
                OccurredAt = Now,
                ActorUserId = ActorUserId,
                Action = action,
                EntityType = entityType,
                EntityId = entityId,
                VehicleId = vehicleId,
                ServiceCenterId = serviceCenterId,
                DataJson = json,
            }
        );
        Db.EngagementEvents.Add(
            new EngagementEvent
            {
                UserId = ActorUserId,
                VehicleId = vehicleId,
                ServiceCenterId = serviceCenterId,
                EventType = action,
                MetadataJson = json,
                CreatedAt = Now,
            }
        );
        if (vehicleId is { } v)
            _vehicles.Add(v);
        if (serviceCenterId is { } c)
            _centers.Add(c);
    }

    /// <summary>
    /// Appends only the audit entry: for an action that changes no record a score reads (someone
    /// opening a shared report), so nothing is recomputed and no engagement is counted.
    /// </summary>
    public void Audit(string action, string entityType, Guid? entityId, Guid? vehicleId, object? data = null) =>
        Db.AuditLog.Add(
            new AuditEntry
            {
                OccurredAt = Now,
                ActorUserId = ActorUserId,
                Action = action,
                EntityType = entityType,
                EntityId = entityId,
                VehicleId = vehicleId,
                DataJson = data is null ? null : JsonSerializer.Serialize(data),
            }
        );

    public void RecomputeVehicle(Guid vehicleId)
    {
        _vehicles.Add(vehicleId);
        _changedOtherwise.Add(vehicleId);
    }

    public void RecomputeCenter(Guid serviceCenterId) => _centers.Add(serviceCenterId);

    public void RecomputeUser(Guid userId) => _users.Add(userId);
}
