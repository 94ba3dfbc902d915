using System.Globalization;
using System.Security.Claims;
using CarPass.Data.Persistence;
using CarPass.Data.Users;
using CarPass.Domain.Texts;
using Microsoft.EntityFrameworkCore;

namespace CarPass.Host.Auth;

/// <summary>
/// Finds the user by the Telegram id in the validated claims; a first-time visitor is registered
/// through the same use case the bot uses. Existing users are only read, so an API call never
/// rewrites a profile (or an operator flag) behind the bot's back.
/// </summary>
/// <remarks>
/// On SQLite the request keeps the connection it opens here for its whole life: the user's row and
/// every read after it (access check, passport) share one pooled connection instead of renting one
/// from the pool for each, whose lock was a measurable part of a read (docs/PERFORMANCE.md). The
/// pooled context closes it when the request's scope ends. A connection outside a transaction and
/// between statements holds no lock and no snapshot.
/// </remarks>
public sealed class CurrentUserResolver(CarPassDbContext db, UserUseCases users, SignedInUsers signedIn)
{
    public async Task<CurrentUser?> ResolveAsync(ClaimsPrincipal principal, CancellationToken ct)
    {
        if (
            !long.TryParse(
                principal.FindFirstValue(TmaAuth.TelegramIdClaim),
                CultureInfo.InvariantCulture,
                out var telegramId
            )
        )
            return null;
        if (db.IsSqlite)
            await db.Database.OpenConnectionAsync(ct);
        var user = await signedIn.FindAsync(db, telegramId, ct);
        if (user is null)
        {
            var profile = new TelegramProfile(
                telegramId,
                principal.FindFirstValue(TmaAuth.FirstNameClaim) ?? "",
                principal.FindFirstValue(TmaAuth.LastNameClaim),
                principal.FindFirstValue(TmaAuth.UsernameClaim),
                principal.FindFirstValue(TmaAuth.LanguageCodeClaim)
            );
            var created = await users.EnsureAsync(profile, isOperator: false, ct);
            var registered =
                created.Value ?? throw new InvalidOperationException($"Registering a user failed: {created.Error}");
            user = new SignedInUser(registered.Id, registered.TelegramId, registered.FirstName, registered.Language);
        }
        return new CurrentUser(user.Id, user.TelegramId, user.FirstName, Languages.FromCode(user.Language));
    }
}
