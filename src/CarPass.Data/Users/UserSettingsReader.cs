using CarPass.Data.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CarPass.Data.Users;

/// <summary>What /settings shows: the user's stored preferences and the centres they muted.</summary>
public sealed class UserSettingsReader(CarPassDbContext db, MutedCentersReader mutes)
{
    public async Task<UserSettings?> ReadAsync(Guid userId, CancellationToken ct)
    {
        var user = await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.Id == userId, ct);
        return user is null ? null : new UserSettings(user, await mutes.ForAsync(userId, ct));
    }
}

public sealed record UserSettings(User User, IReadOnlyList<MutedCenter> MutedCenters);
