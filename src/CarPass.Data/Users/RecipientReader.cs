using CarPass.Data.Access;
using CarPass.Data.Persistence;
using CarPass.Data.ServiceCenters;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CarPass.Data.Users;

/// <summary>Who to tell about an event: a person, a vehicle's owner, a centre's managers or staff, the operators.</summary>
public sealed class RecipientReader(
    CarPassDbContext db,
    VehicleAccessReader access,
    IOptions<AdminOptions> admins,
    TimeProvider clock
)
{
    public Task<Recipient?> UserAsync(Guid userId, CancellationToken ct) =>
        Of(db.Users.Where(u => u.Id == userId)).FirstOrDefaultAsync(ct);

    /// <summary>The person writing from this Telegram account; null before their first update.</summary>
    public Task<Recipient?> ByTelegramIdAsync(long telegramId, CancellationToken ct) =>
        Of(db.Users.Where(u => u.TelegramId == telegramId)).FirstOrDefaultAsync(ct);

    public async Task<Recipient?> OwnerOfAsync(Guid vehicleId, CancellationToken ct) =>
        await access.OwnerOfAsync(vehicleId, clock.GetUtcNow().UtcDateTime, ct) is { } id
            ? await UserAsync(id, ct)
            : null;

    public Task<List<Recipient>> ManagersAsync(Guid centerId, CancellationToken ct) =>
        Of(UsersOf(ActiveStaff(centerId).Where(e => e.Role == EmployeeRole.Manager))).ToListAsync(ct);

    /// <summary>
    /// Who at a centre hears the owner's answer to one of its requests (a visit, an access request, a
    /// correction): the employee who made it while they are still an active employee of that centre;
    /// once switched off, the centre's active managers instead, so the answer reaches the centre but
    /// never someone who no longer works there.
    /// </summary>
    public async Task<IReadOnlyList<Recipient>> AudienceAsync(Guid centerId, Guid authorUserId, CancellationToken ct)
    {
        var author = await Of(UsersOf(ActiveStaff(centerId).Where(e => e.UserId == authorUserId)))
            .FirstOrDefaultAsync(ct);
        return author is not null ? [author] : await ManagersAsync(centerId, ct);
    }

    /// <summary>
    /// Operators who have written to the bot: Telegram refuses a bot's message to someone who never
    /// started it, so the others are not tried.
    /// </summary>
    public Task<List<Recipient>> OperatorsAsync(CancellationToken ct)
    {
        var ids = admins.Value.TelegramIds;
        return Of(db.Users.Where(u => ids.Contains(u.TelegramId))).ToListAsync(ct);
    }

    private IQueryable<Employee> ActiveStaff(Guid centerId) =>
        db.Employees.Where(e => e.ServiceCenterId == centerId && e.IsActive);

    private IQueryable<User> UsersOf(IQueryable<Employee> employees) =>
        from e in employees
        join u in db.Users on e.UserId equals u.Id
        select u;

    private static IQueryable<Recipient> Of(IQueryable<User> users) =>
        users.AsNoTracking().Select(u => new Recipient(u.Id, u.TelegramId, u.Language, u.TimeZone));
}
