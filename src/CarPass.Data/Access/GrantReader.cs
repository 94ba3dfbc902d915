using CarPass.Data.Lookup;
using CarPass.Data.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CarPass.Data.Access;

/// <summary>Live grants: those others hold on an owner's vehicles, and the vehicles a centre may work on.</summary>
public sealed class GrantReader(CarPassDbContext db, VehicleAccessReader access, TimeProvider clock)
{
    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    /// <summary>Every live grant of someone else (a centre, a co-owner, a viewer) on the owner's vehicles.</summary>
    public Task<List<GrantView>> OnOwnedVehiclesAsync(Guid ownerUserId, CancellationToken ct)
    {
        var owned = access
            .LiveGrants(Now)
            .Where(g => g.UserId == ownerUserId && g.Role == AccessRole.Owner)
            .Select(g => g.VehicleId);
        return (
            from g in access.LiveGrants(Now)
            where owned.Contains(g.VehicleId) && g.Role != AccessRole.Owner
            join v in db.Vehicles on g.VehicleId equals v.Id
            join c in db.ServiceCenters on g.ServiceCenterId equals c.Id into centers
            from c in centers.DefaultIfEmpty()
            select new GrantView(g.Id, v.Name, c == null ? null : c.Name, g.ExpiresAt)
        ).ToListAsync(ct);
    }

    /// <summary>The vehicles a centre holds a live grant for, masked as its staff may see them.</summary>
    public async Task<List<MaskedVehicle>> CenterVehiclesAsync(Guid centerId, CancellationToken ct)
    {
        var granted = access.LiveGrants(Now).Where(g => g.ServiceCenterId == centerId).Select(g => g.VehicleId);
        var vehicles = await db.Vehicles.AsNoTracking().Where(v => granted.Contains(v.Id)).ToListAsync(ct);
        return vehicles.Select(MaskedVehicle.Of).ToList();
    }
}
