using CarPass.Bot.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace CarPass.Bot.Tests.Flows;

/// <summary>Quiet hours are changed in /settings, in the user's own time zone; bad input changes nothing.</summary>
public sealed class QuietHoursSettingsTests : IAsyncLifetime
{
    private const long User = 7001;
    private BotWorld _world = null!;

    public async Task InitializeAsync() => _world = await BotWorld.StartAsync();

    public async Task DisposeAsync() => await _world.DisposeAsync();

    [Fact]
    public async Task Quiet_hours_are_set_by_button_or_typed_and_turned_off_and_nonsense_changes_nothing()
    {
        await _world.SayAsync(User, "/start");
        var settings = await _world.SayAsync(User, "/settings");
        var ask = await _world.TapAsync(User, settings, "Quiet hours");

        var refused = await _world.SayAsync(User, "25-3");
        var refusedAgain = await _world.SayAsync(User, "22-22");
        var unchanged = await HoursAsync();
        var saved = await _world.SayAsync(User, "22-7");
        var typed = await HoursAsync();
        var shown = await _world.SayAsync(User, "/settings");
        var again = await _world.TapAsync(User, shown, "Quiet hours");
        var off = await _world.TapAsync(User, again, "Off");
        var offShown = await _world.SayAsync(User, "/settings");

        Assert.Contains("Quiet hours: 21:00–09:00 (Europe/Moscow)", settings.Text);
        Assert.Contains("(Europe/Moscow)", ask.Text);
        Assert.Contains("Nothing changed", refused.Text);
        Assert.Contains("Nothing changed", refusedAgain.Text);
        Assert.Equal((21, 9), unchanged);
        Assert.Contains("22:00–07:00", saved.Text);
        Assert.Equal((22, 7), typed);
        Assert.Contains("Quiet hours: 22:00–07:00 (Europe/Moscow). Nothing is sent then", shown.Text);
        Assert.Contains("off", off.Text);
        Assert.Equal((0, 0), await HoursAsync());
        Assert.Contains("Quiet hours: off", offShown.Text);
        Assert.DoesNotContain("non-urgent", settings.Text);
    }

    private Task<(int, int)> HoursAsync() =>
        _world.DbAsync(async db =>
        {
            var user = await db.Users.SingleAsync(u => u.TelegramId == User);
            return (user.Notifications.QuietHoursStart, user.Notifications.QuietHoursEnd);
        });
}
