using System.Text.Json;
using CarPass.Data.Audit;
using CarPass.Data.Engagement;
using CarPass.Data.Persistence;

namespace CarPass.Data.WritePath;

/// <summary>
/// What one use case sees while it writes: the database, the time of the write, the list of
/// vehicles, centres and users whose scores must be recomputed before the transaction commits, and
/// the read-model version the recomputed vehicles get.
/// </summary>
public sealed class WriteScope(CarPassDbContext db, DateTime now, Guid? actorUserId)
{
    private readonly HashSet<Guid> _vehicles = [];
    private readonly HashSet<Guid> _centers = [];
    private readonly HashSet<Guid> _users = [];

    public CarPassDbContext Db { get; } = db;
    public DateTime Now { get; } = now;
    public Guid? ActorUserId { get; } = actorUserId;

    /// <summary>
    /// The passport version of every vehicle this write recomputes: new for every write (and every
    /// retry), so a version names one committed state of a vehicle's records and a rolled-back
    /// write's version is never seen by anyone else.
    /// </summary>
    public Guid Version { get; } = Guid.NewGuid();
    public IReadOnlyCollection<Guid> AffectedVehicles => _vehicles;
    public IReadOnlyCollection<Guid> AffectedCenters => _centers;
    public IReadOnlyCollection<Guid> AffectedUsers => _users;

    /// <summary>Appends the audit entry and the matching engagement event of an action.</summary>
    public void Record(
        string action,
        string entityType,
        Guid? entityId,
        Guid? vehicleId = null,
        Guid? serviceCenterId = null,
        object? data = null
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

    public void RecomputeVehicle(Guid vehicleId) => _vehicles.Add(vehicleId);

    public void RecomputeCenter(Guid serviceCenterId) => _centers.Add(serviceCenterId);

    public void RecomputeUser(Guid userId) => _users.Add(userId);
}
