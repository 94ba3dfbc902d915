using CarPass.Bot.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace CarPass.Bot.Tests.Flows;

public sealed class SettingsAndLanguageTests : IAsyncLifetime
{
    private const long Owner = 901;
    private BotWorld _world = null!;

    public async Task InitializeAsync() => _world = await BotWorld.StartAsync();

    public async Task DisposeAsync() => await _world.DisposeAsync();

    [Fact]
    public async Task A_russian_speaking_owner_logs_a_fill_up_entirely_in_russian()
    {
        await _world.AddCarAsync(Owner, "Веста", 100_000, "ru");
        _world.Text(Owner, "/fuel", "ru");
        var litres = await _world.NextAsync(Owner);
        var price = await _world.SayAsync(Owner, "35,2", "ru");
        var km = await _world.TapAsync(Owner, price, "Пропустить", "ru");
        var fill = await _world.SayAsync(Owner, "100 350", "ru");
        var saved = await _world.TapAsync(Owner, fill, "Полный бак", "ru");

        Assert.Contains("Сколько литров", litres.Text);
        Assert.Contains("Пробег при заправке", km.Text);
        Assert.Contains("Заправка сохранена: 35,2 л", saved.Text);
        Assert.Contains("Качество паспорта", saved.Text);
    }

    [Fact]
    public async Task Switching_the_language_changes_the_next_replies()
    {
        var settings = await _world.SayAsync(Owner, "/settings");

        var russian = await _world.TapAsync(Owner, settings, "Русский");
        var garage = await _world.SayAsync(Owner, "/garage");

        Assert.Contains("Настройки", russian.Text);
        Assert.Contains("Гараж пока пуст", garage.Text);
        Assert.Equal("ru", await _world.DbAsync(db => db.Users.Select(u => u.Language).SingleAsync()));
    }

    [Fact]
    public async Task Notification_types_can_be_turned_off_and_on()
    {
        var settings = await _world.SayAsync(Owner, "/settings");

        var off = await _world.TapAsync(Owner, settings, "Service due soon");

        Assert.Contains(off.Buttons, b => b.Text == "○ Service due soon");
        Assert.False(
            await _world.DbAsync(db => db.Users.Select(u => u.Notifications.MaintenanceDueSoon).SingleAsync())
        );
    }

    [Fact]
    public async Task A_time_zone_is_chosen_by_button_or_typed_and_checked()
    {
        var settings = await _world.SayAsync(Owner, "/settings");
        await _world.TapAsync(Owner, settings, "Change time zone");

        var unknown = await _world.SayAsync(Owner, "Mars/Olympus");
        var saved = await _world.SayAsync(Owner, "Asia/Novosibirsk");

        Assert.Contains("unknown", unknown.Text);
        Assert.Contains("Asia/Novosibirsk", saved.Text);
        Assert.Equal("Asia/Novosibirsk", await _world.DbAsync(db => db.Users.Select(u => u.TimeZone).SingleAsync()));
    }
}
