using CarPass.Data.Persistence;
using CarPass.Data.Users;
using Microsoft.EntityFrameworkCore;

namespace CarPass.Data.ServiceCenters;

/// <summary>
/// Who at a centre hears the owner's answer to one of its requests (a visit, an access request, a
/// correction): the employee who made it while they are still an active employee of that centre;
/// once switched off, the centre's active managers instead, so the answer reaches the centre but
/// never someone who no longer works there.
/// </summary>
public sealed class DecisionAudience(CarPassDbContext db)
{
    public async Task<IReadOnlyList<User>> ForAsync(Guid centerId, Guid authorUserId, CancellationToken ct)
    {
        var staff =
            from e in db.Employees.AsNoTracking()
            join u in db.Users.AsNoTracking() on e.UserId equals u.Id
            where e.ServiceCenterId == centerId && e.IsActive
            select new { User = u, e.Role };
        var author = await staff.Where(s => s.User.Id == authorUserId).Select(s => s.User).FirstOrDefaultAsync(ct);
        if (author is not null)
            return [author];
        return await staff.Where(s => s.Role == EmployeeRole.Manager).Select(s => s.User).ToListAsync(ct);
    }
}
