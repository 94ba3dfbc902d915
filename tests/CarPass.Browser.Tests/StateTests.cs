using CarPass.Browser.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace CarPass.Browser.Tests;

/// <summary>The designed states: nothing in the garage yet, an expired session, no Telegram at all.</summary>
[Collection(BrowserCollection.Name)]
public sealed class StateTests(BrowserFixture fixture)
{
    [Fact]
    public async Task A_new_user_sees_the_empty_garage_with_a_way_to_add_a_vehicle()
    {
        await using var app = await MiniAppPage.OpenAsInTelegramAsync(
            fixture,
            100000077,
            "en",
            DateTimeOffset.UtcNow,
            360
        );

        await Expect(app.Page.GetByTestId("state-empty")).ToBeVisibleAsync();
        await Expect(app.Page.GetByTestId("state-empty")).ToContainTextAsync("No vehicles yet");
        await Expect(app.Page.GetByTestId("add-vehicle-link"))
            .ToHaveAttributeAsync("href", $"https://t.me/{LiveHost.BotUsername}?start=add_vehicle");
        await app.ScreenshotAsync("empty-360");
        Assert.Empty(app.Errors);
    }

    [Fact]
    public async Task An_expired_session_asks_to_reopen_the_app_from_the_bot()
    {
        var twoDaysAgo = DateTimeOffset.UtcNow.AddDays(-2);
        await using var app = await MiniAppPage.OpenAsInTelegramAsync(fixture, 100000001, "ru", twoDaysAgo, 360);

        await Expect(app.Page.GetByTestId("state-expired")).ToBeVisibleAsync();
        await Expect(app.Page.GetByTestId("state-expired")).ToContainTextAsync("Сеанс истёк");
        await app.ScreenshotAsync("expired-360");
        Assert.Empty(app.Errors);
    }

    [Fact]
    public async Task Without_telegram_and_without_a_session_the_app_says_where_to_open_it()
    {
        await using var app = await MiniAppPage.OpenInPlainBrowserAsync(fixture, "/app/", 360);

        await Expect(app.Page.GetByTestId("state-signed-out")).ToBeVisibleAsync();
        Assert.Empty(app.Errors);
    }

    [Fact]
    public async Task The_development_helper_opens_the_demo_garage_in_a_plain_browser()
    {
        await using var development = new LiveHost(withBotToken: false);
        await development.StartAsync();
        await using var app = await MiniAppPage.OpenInPlainBrowserAsync(fixture, development, "/dev/open", 1280);

        await Expect(app.Page.GetByTestId("vehicle-card")).ToHaveCountAsync(2);
        await app.ScreenshotAsync("garage-desktop");
        Assert.Empty(app.Errors);
    }
}
