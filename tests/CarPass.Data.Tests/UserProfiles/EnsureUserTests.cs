using CarPass.Data.Tests.Support;
using CarPass.Data.Users;
using Microsoft.EntityFrameworkCore;

namespace CarPass.Data.Tests.UserProfiles;

/// <summary>Every update starts by finding its user: a known user with the same names costs no write.</summary>
public sealed class EnsureUserTests : IAsyncLifetime
{
    private TestDatabase _db = null!;

    public async Task InitializeAsync() => _db = await TestDatabase.CreateAsync();

    public async Task DisposeAsync() => await _db.DisposeAsync();

    [Fact]
    public async Task A_known_user_with_the_same_profile_is_not_written_again()
    {
        var profile = new TelegramProfile(42, "Anna", "Petrova", "anna", "ru");
        var first = (await _db.Get<UserUseCases>().EnsureAsync(profile, false, default)).Value!;
        _db.Clock.Advance(TimeSpan.FromHours(1));

        var again = (await _db.Get<UserUseCases>().EnsureAsync(profile, false, default)).Value!;

        Assert.Equal(first.Id, again.Id);
        var stored = await _db.ScalarAsync(c => c.Users.SingleAsync(u => u.TelegramId == 42));
        Assert.Equal(first.UpdatedAt, stored.UpdatedAt);
        Assert.Equal(1, await _db.ScalarAsync(c => c.AuditLog.CountAsync(a => a.Action == "user.registered")));
    }

    [Theory]
    [InlineData("Anya", "Petrova", "anna", false)]
    [InlineData("Anna", null, "anna", false)]
    [InlineData("Anna", "Petrova", "anna_p", false)]
    [InlineData("Anna", "Petrova", "anna", true)]
    public async Task A_changed_profile_is_stored(string firstName, string? lastName, string username, bool isOperator)
    {
        await _db.Get<UserUseCases>()
            .EnsureAsync(new TelegramProfile(42, "Anna", "Petrova", "anna", "ru"), false, default);
        _db.Clock.Advance(TimeSpan.FromHours(1));

        var changed = new TelegramProfile(42, firstName, lastName, username, "ru");
        await _db.Get<UserUseCases>().EnsureAsync(changed, isOperator, default);

        var stored = await _db.ScalarAsync(c => c.Users.SingleAsync(u => u.TelegramId == 42));
        Assert.Equal(
            (firstName, lastName, username, isOperator),
            (stored.FirstName, stored.LastName, stored.Username, stored.IsOperator)
        );
        Assert.Equal(_db.Clock.GetUtcNow().UtcDateTime, stored.UpdatedAt);
    }

    [Fact]
    public async Task A_user_who_blocked_the_bot_and_writes_again_is_unmarked()
    {
        var profile = new TelegramProfile(42, "Anna", LanguageCode: "en");
        await _db.Get<UserUseCases>().EnsureAsync(profile, false, default);
        await using (var context = _db.NewContext())
            await context
                .Users.Where(u => u.TelegramId == 42)
                .ExecuteUpdateAsync(s => s.SetProperty(u => u.BlockedBotAt, TestDatabase.Start));

        await _db.Get<UserUseCases>().EnsureAsync(profile, false, default);

        Assert.Null(
            await _db.ScalarAsync(c => c.Users.Where(u => u.TelegramId == 42).Select(u => u.BlockedBotAt).SingleAsync())
        );
    }

    [Theory]
    [InlineData(0, 7)]
    [InlineData(23, 6)]
    [InlineData(21, 9)]
    public async Task Quiet_hours_given_with_a_new_user_are_stored_as_given(int start, int end)
    {
        await using (var context = _db.NewContext())
        {
            context.Users.Add(
                new User
                {
                    TelegramId = 43,
                    FirstName = "Ivan",
                    Notifications = new NotificationPreferences { QuietHoursStart = start, QuietHoursEnd = end },
                }
            );
            await context.SaveChangesAsync();
        }

        var stored = await _db.ScalarAsync(c =>
            c.Users.AsNoTracking().Where(u => u.TelegramId == 43).Select(u => u.Notifications).SingleAsync()
        );

        Assert.Equal((start, end), (stored.QuietHoursStart, stored.QuietHoursEnd));
    }
}
