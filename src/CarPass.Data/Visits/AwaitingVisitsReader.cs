using CarPass.Data.Access;
using CarPass.Data.Persistence;
using CarPass.Domain.Visits;
using Microsoft.EntityFrameworkCore;

namespace CarPass.Data.Visits;

/// <summary>
/// The visits of one car still waiting for its owner: when an overdue reminder was in fact done at a
/// centre, confirming the centre's visit is how the work becomes trusted and the reminder resets.
/// </summary>
public sealed class AwaitingVisitsReader(CarPassDbContext db, VehicleAccessReader access, TimeProvider clock)
{
    public const int MaxShown = 5;

    /// <summary>Null when the user does not own the car (the same answer as a missing car).</summary>
    public async Task<IReadOnlyList<ServiceVisit>?> ForOwnerAsync(Guid ownerId, Guid vehicleId, CancellationToken ct)
    {
        if (!await access.IsOwnerAsync(ownerId, vehicleId, clock.GetUtcNow().UtcDateTime, ct))
            return null;
        return await db
            .ServiceVisits.AsNoTracking()
            .Where(v => v.VehicleId == vehicleId && v.Status == VisitStatus.PendingConfirmation && v.HiddenAt == null)
            .OrderByDescending(v => v.VisitDate)
            .Take(MaxShown)
            .ToListAsync(ct);
    }
}
