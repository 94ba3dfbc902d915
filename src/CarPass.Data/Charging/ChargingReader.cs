using CarPass.Data.Access;
using CarPass.Data.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CarPass.Data.Charging;

/// <summary>A vehicle's charging sessions, newest first. A vehicle the user may not read is null, like a missing one.</summary>
public sealed class ChargingReader(CarPassDbContext db, VehicleAccessReader access, TimeProvider clock)
{
    public const int MaxListed = 100;

    public async Task<IReadOnlyList<ChargingSession>?> ListAsync(Guid userId, Guid vehicleId, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        if (await access.FindReadableAsync(userId, vehicleId, now, ct) is null)
            return null;
        return await db
            .ChargingSessions.AsNoTracking()
            .Where(c => c.VehicleId == vehicleId && c.DeletedAt == null)
            .OrderByDescending(c => c.ChargedAt)
            .ThenByDescending(c => c.CreatedAt)
            .Take(MaxListed)
            .ToListAsync(ct);
    }
}
