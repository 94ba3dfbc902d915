using CarPass.Bot.Setup;
using CarPass.Data.Access;
using CarPass.Data.Persistence;
using CarPass.Data.ServiceCenters;
using CarPass.Data.Users;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CarPass.Bot.Flows.Notices;

/// <summary>Who to tell about an event: a vehicle's owner, a centre's managers, the operators.</summary>
public sealed class Recipients(
    CarPassDbContext db,
    VehicleAccessQuery access,
    IOptions<AdminOptions> admins,
    TimeProvider clock
)
{
    public async Task<User?> OwnerOfAsync(Guid vehicleId, CancellationToken ct) =>
        await access.OwnerOfAsync(vehicleId, clock.GetUtcNow().UtcDateTime, ct) is { } id
            ? await UserAsync(id, ct)
            : null;

    public Task<User?> UserAsync(Guid userId, CancellationToken ct) =>
        db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.Id == userId, ct);

    public Task<List<User>> ManagersAsync(Guid centerId, CancellationToken ct) =>
        (
            from e in db.Employees.AsNoTracking()
            join u in db.Users.AsNoTracking() on e.UserId equals u.Id
            where e.ServiceCenterId == centerId && e.IsActive && e.Role == EmployeeRole.Manager
            select u
        ).ToListAsync(ct);

    /// <summary>
    /// Operators who have written to the bot: Telegram refuses a bot's message to someone who never
    /// started it, so the others are not tried.
    /// </summary>
    public async Task<List<(long ChatId, Speaker Speaker)>> OperatorsAsync(CancellationToken ct)
    {
        var ids = admins.Value.TelegramIds;
        var known = await db
            .Users.AsNoTracking()
            .Where(u => ids.Contains(u.TelegramId))
            .Select(u => new { u.TelegramId, u.Language })
            .ToListAsync(ct);
        return known.Select(u => (u.TelegramId, Speaker.For(u.Language))).ToList();
    }

    public Task<ServiceCenter?> CenterAsync(Guid centerId, CancellationToken ct) =>
        db.ServiceCenters.AsNoTracking().FirstOrDefaultAsync(c => c.Id == centerId, ct);

    public Task<Data.Vehicles.Vehicle?> VehicleAsync(Guid vehicleId, CancellationToken ct) =>
        db.Vehicles.AsNoTracking().FirstOrDefaultAsync(v => v.Id == vehicleId, ct);
}
