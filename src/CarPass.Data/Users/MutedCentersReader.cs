using CarPass.Data.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CarPass.Data.Users;

/// <summary>The centres a user muted, by name, for /settings.</summary>
public sealed class MutedCentersReader(CarPassDbContext db)
{
    public Task<List<MutedCenter>> ForAsync(Guid userId, CancellationToken ct) =>
        (
            from m in db.ServiceCenterMutes.AsNoTracking()
            where m.UserId == userId
            join c in db.ServiceCenters on m.ServiceCenterId equals c.Id
            orderby c.Name
            select new MutedCenter(c.Id, c.Name)
        ).ToListAsync(ct);
}
