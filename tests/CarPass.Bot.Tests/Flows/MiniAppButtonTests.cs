using CarPass.Bot.Tests.Support;

namespace CarPass.Bot.Tests.Flows;

public sealed class MiniAppButtonTests : IAsyncLifetime
{
    private BotWorld _world = null!;

    public async Task InitializeAsync() =>
        _world = await BotWorld.StartAsync(
            new Dictionary<string, string> { ["MiniApp:Url"] = "https://carpass.example/app/" }
        );

    public async Task DisposeAsync() => await _world.DisposeAsync();

    [Fact]
    public async Task With_a_mini_app_address_the_menu_button_and_the_vehicle_screen_open_it()
    {
        await _world.AddCarAsync(1501, "Golf", 10_000);

        var passport = await _world.SayAsync(1501, "/passport");

        Assert.Equal(1, _world.Api.CountCalls("setChatMenuButton"));
        Assert.Contains(passport.Buttons, b => b.WebApp?.Url == "https://carpass.example/app/");
    }
}
