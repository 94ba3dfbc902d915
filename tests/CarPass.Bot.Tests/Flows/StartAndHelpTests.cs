using CarPass.Bot.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace CarPass.Bot.Tests.Flows;

public sealed class StartAndHelpTests : IAsyncLifetime
{
    private BotWorld _world = null!;

    public async Task InitializeAsync() => _world = await BotWorld.StartAsync();

    public async Task DisposeAsync() => await _world.DisposeAsync();

    [Theory]
    [InlineData("ru", "Здравствуйте", "Гараж")]
    [InlineData("en", "Hello", "Garage")]
    [InlineData("de", "Hello", "Garage")]
    public async Task Start_greets_in_the_users_language_with_the_main_actions(
        string language,
        string greeting,
        string button
    )
    {
        var reply = await _world.SayAsync(41, "/start", language);

        Assert.Contains(greeting, reply.Text);
        Assert.Contains(reply.Buttons, b => b.Text.Contains(button));
        var stored = await _world.DbAsync(db => db.Users.SingleAsync(u => u.TelegramId == 41));
        Assert.Equal(language == "ru" ? "ru" : "en", stored.Language);
    }

    [Fact]
    public async Task On_start_the_bot_publishes_its_commands_in_both_languages()
    {
        await _world.SayAsync(41, "/start");

        Assert.Equal(2, _world.Api.CountCalls("setMyCommands"));
    }

    [Fact]
    public async Task Every_command_in_the_menu_has_a_flow_of_its_own_not_the_help_text()
    {
        var help = (await _world.SayAsync(41, "/help")).Text;
        var menu = _world.Api.LastRequest("setMyCommands")!["commands"]!.ToString();
        var commands = System
            .Text.Json.JsonDocument.Parse(menu)
            .RootElement.EnumerateArray()
            .Select(c => c.GetProperty("command").GetString()!)
            .ToList();

        Assert.Contains("report", commands);
        Assert.Contains("links", commands);
        foreach (var command in commands.Where(c => c != "cancel"))
            Assert.NotEqual(help, (await _world.SayAsync(41, "/" + command)).Text);
    }

    [Fact]
    public async Task Text_outside_a_flow_gets_a_helpful_hint_not_silence()
    {
        var reply = await _world.SayAsync(41, "hello there");

        Assert.Contains("/help", reply.Text);
    }

    [Fact]
    public async Task A_sticker_gets_a_clear_answer()
    {
        _world.Sticker(41);

        var reply = await _world.NextAsync(41);

        Assert.Contains("/help", reply.Text);
    }
}
