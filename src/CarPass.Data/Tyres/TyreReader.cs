using CarPass.Data.Access;
using CarPass.Data.Documents;
using CarPass.Data.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CarPass.Data.Tyres;

/// <summary>A vehicle's tyre sets, for its owner only (null otherwise), the fitted one first.</summary>
public sealed class TyreReader(CarPassDbContext db, VehicleAccessReader access, TimeProvider clock)
{
    public async Task<OwnedTyres?> OwnedAsync(Guid userId, Guid vehicleId, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        if (!await access.IsOwnerAsync(userId, vehicleId, now, ct))
            return null;
        var sets = await db
            .TyreSets.AsNoTracking()
            .Where(s => s.VehicleId == vehicleId && s.DeletedAt == null)
            .Select(s => new TyreSetView(s.Id, s.Season, s.Size, s.Studded, s.FittedOn, s.FittedKm, s.RemovedOn))
            .ToListAsync(ct);
        return new OwnedTyres(
            await OwnerToday.OfAsync(db, userId, now, ct),
            await FirstFrostAsync(userId, ct),
            [.. sets.OrderByDescending(s => s.IsFitted).ThenBy(s => s.Season).ThenBy(s => s.Size)]
        );
    }

    public Task<DateTime?> FirstFrostAsync(Guid userId, CancellationToken ct) =>
        db
            .FirstFrosts.AsNoTracking()
            .Where(f => f.UserId == userId)
            .Select(f => (DateTime?)f.Day)
            .FirstOrDefaultAsync(ct);
}
