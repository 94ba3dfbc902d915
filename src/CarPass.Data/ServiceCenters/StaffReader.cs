using CarPass.Data.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CarPass.Data.ServiceCenters;

/// <summary>Who may act for a centre: only active employees, and for team matters only its manager.</summary>
public sealed class StaffReader(CarPassDbContext db)
{
    public Task<Employee?> ActiveAsync(Guid userId, Guid centerId, CancellationToken ct) =>
        db.Employees.FirstOrDefaultAsync(e => e.UserId == userId && e.ServiceCenterId == centerId && e.IsActive, ct);

    public Task<bool> IsManagerAsync(Guid userId, Guid centerId, CancellationToken ct) =>
        db.Employees.AnyAsync(
            e => e.UserId == userId && e.ServiceCenterId == centerId && e.IsActive && e.Role == EmployeeRole.Manager,
            ct
        );

    /// <summary>The centres a user currently works for, oldest membership first.</summary>
    public Task<List<ServiceCenter>> CentersOfAsync(Guid userId, CancellationToken ct) =>
        (
            from e in db.Employees.AsNoTracking()
            join c in db.ServiceCenters.AsNoTracking() on e.ServiceCenterId equals c.Id
            where e.UserId == userId && e.IsActive
            orderby e.CreatedAt
            select c
        ).ToListAsync(ct);
}
