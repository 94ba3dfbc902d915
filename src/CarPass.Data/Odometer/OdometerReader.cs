using CarPass.Data.Access;
using CarPass.Data.Persistence;
using CarPass.Data.Scores;
using CarPass.Domain.Vehicles;

namespace CarPass.Data.Odometer;

/// <summary>
/// A vehicle's odometer readings, for a flow that checks a typed value at its step with the rule its
/// write path applies. Null when the person may not write to the vehicle: the write path refuses then.
/// </summary>
public sealed class OdometerReader(
    CarPassDbContext db,
    VehicleAccessReader access,
    KeptHistories histories,
    TimeProvider clock
)
{
    public async Task<IReadOnlyList<OdometerRecord>?> ForEditorAsync(
        Guid userId,
        Guid vehicleId,
        CancellationToken ct
    ) =>
        await access.FindEditableAsync(userId, vehicleId, clock.GetUtcNow().UtcDateTime, ct) is null
            ? null
            : await OdometerWriter.ReadAsync(db, histories, vehicleId, ct);

    public async Task<IReadOnlyList<OdometerRecord>?> ForCenterAsync(
        Guid centerId,
        Guid vehicleId,
        CancellationToken ct
    ) =>
        await access.CenterHasAccessAsync(centerId, vehicleId, clock.GetUtcNow().UtcDateTime, ct)
            ? await OdometerWriter.ReadAsync(db, histories, vehicleId, ct)
            : null;
}
