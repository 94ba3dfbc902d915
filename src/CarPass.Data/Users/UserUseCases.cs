using CarPass.Data.Persistence;
using CarPass.Data.WritePath;
using CarPass.Domain.Common;
using CarPass.Domain.Texts;
using Microsoft.EntityFrameworkCore;

namespace CarPass.Data.Users;

public sealed class UserUseCases(CarPassDbContext db, WriteRunner writes)
{
    /// <summary>Finds the user by Telegram id, creating them on first contact; keeps names fresh.</summary>
    public async Task<Outcome<User>> EnsureAsync(TelegramProfile profile, bool isOperator, CancellationToken ct)
    {
        // Nearly every update comes from someone already known, under the same names: nothing to write.
        var known = await UserRows.FindAsync(db, profile.TelegramId, ct);
        if (known is not null && IsCurrent(known, profile, isOperator))
            return known;
        return await writes.RunAsync<User>(
            null,
            async (scope, token) =>
            {
                var user = await scope.Db.Users.FirstOrDefaultAsync(u => u.TelegramId == profile.TelegramId, token);
                if (user is null)
                {
                    user = new User
                    {
                        TelegramId = profile.TelegramId,
                        Language = Languages.Code(Languages.FromCode(profile.LanguageCode)),
                        CreatedAt = scope.Now,
                    };
                    scope.Db.Users.Add(user);
                    scope.Record("user.registered", nameof(User), user.Id);
                }
                user.FirstName = FirstName(profile);
                user.LastName = LastName(profile);
                user.Username = Username(profile);
                user.IsOperator = isOperator;
                // Whoever writes to the bot has evidently unblocked it.
                user.BlockedBotAt = null;
                user.UpdatedAt = scope.Now;
                return user;
            },
            ct
        );
    }

    private static bool IsCurrent(User user, TelegramProfile profile, bool isOperator) =>
        user.FirstName == FirstName(profile)
        && user.LastName == LastName(profile)
        && user.Username == Username(profile)
        && user.IsOperator == isOperator
        && user.BlockedBotAt is null;

    private static string FirstName(TelegramProfile profile) => Truncate(profile.FirstName, 256);

    private static string? LastName(TelegramProfile profile) =>
        profile.LastName is null ? null : Truncate(profile.LastName, 256);

    private static string? Username(TelegramProfile profile) =>
        profile.Username is null ? null : Truncate(profile.Username, 64);

    public Task<Outcome<User>> SetLanguageAsync(Guid userId, Language language, CancellationToken ct) =>
        UpdateAsync(
            userId,
            "user.language_set",
            user =>
            {
                user.Language = Languages.Code(language);
                return null;
            },
            ct
        );

    public Task<Outcome<User>> SetTimeZoneAsync(Guid userId, string timeZoneId, CancellationToken ct) =>
        UpdateAsync(
            userId,
            "user.time_zone_set",
            user =>
            {
                if (!TimeZoneInfo.TryFindSystemTimeZoneById(timeZoneId.Trim(), out var zone))
                    return new DomainError(ErrorCodes.TimeZoneUnknown);
                user.TimeZone = zone.Id;
                return null;
            },
            ct
        );

    public Task<Outcome<User>> SetNotificationsAsync(
        Guid userId,
        NotificationPreferences preferences,
        CancellationToken ct
    ) =>
        UpdateAsync(
            userId,
            "user.notifications_set",
            user =>
            {
                if (preferences.QuietHoursStart is < 0 or > 23 || preferences.QuietHoursEnd is < 0 or > 23)
                    return new DomainError(ErrorCodes.QuietHoursInvalid);
                var n = user.Notifications;
                n.MaintenanceDueSoon = preferences.MaintenanceDueSoon;
                n.MaintenanceOverdue = preferences.MaintenanceOverdue;
                n.ProfileMilestones = preferences.ProfileMilestones;
                n.VerifiedServiceNews = preferences.VerifiedServiceNews;
                n.QuietHoursStart = preferences.QuietHoursStart;
                n.QuietHoursEnd = preferences.QuietHoursEnd;
                return null;
            },
            ct
        );

    private Task<Outcome<User>> UpdateAsync(
        Guid userId,
        string action,
        Func<User, DomainError?> change,
        CancellationToken ct
    ) =>
        writes.RunAsync<User>(
            userId,
            async (scope, token) =>
            {
                var user = await scope.Db.Users.FirstOrDefaultAsync(u => u.Id == userId, token);
                if (user is null)
                    return new DomainError(ErrorCodes.UserNotFound);
                if (change(user) is { } error)
                    return error;
                user.UpdatedAt = scope.Now;
                scope.Record(action, nameof(User), user.Id);
                return user;
            },
            ct
        );

    private static string Truncate(string value, int max) => value.Length <= max ? value : value[..max];
}
