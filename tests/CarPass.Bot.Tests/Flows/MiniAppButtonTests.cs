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
    public async Task With_a_mini_app_address_the_menu_button_opens_it_and_the_vehicle_screen_opens_that_car()
    {
        var golf = await _world.AddCarAsync(1501, "Golf", 10_000);

        var passport = await _world.SayAsync(1501, "/passport");

        Assert.Equal(1, _world.Api.CountCalls("setChatMenuButton"));
        var open = Assert.Single(passport.Buttons, b => b.WebApp is not null);
        Assert.Equal($"https://carpass.example/app/?startapp=v_{golf:N}", open.WebApp!.Url);
    }
}
