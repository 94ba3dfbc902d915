using CarPass.Browser.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace CarPass.Browser.Tests;

/// <summary>The bot's /settings in the Mini App: changed with taps, saved with the MainButton, a bad value answered in words.</summary>
[Collection(BrowserCollection.Name)]
public sealed class SettingsTests(BrowserFixture fixture)
{
    private const long Person = 100000091;

    [Fact]
    public async Task Quiet_hours_and_a_switch_saved_with_the_MainButton_are_what_the_api_then_returns()
    {
        await Garages.OneCarAsync(fixture.Host, Person, "ru");
        await using var app = await MiniAppPage.OpenAsInTelegramAsync(
            fixture,
            Person,
            "ru",
            DateTimeOffset.UtcNow,
            320
        );
        await Expect(app.Page.GetByTestId("vehicle-name")).ToBeVisibleAsync();
        await app.Page.EvaluateAsync("window.__tg.back()");
        await app.Page.GetByTestId("open-settings").ClickAsync();

        await app.Page.GetByTestId("settings-quiet-from").SelectOptionAsync("22");
        await app.Page.GetByTestId("settings-quiet-to").SelectOptionAsync("8");
        await app.Page.GetByTestId("settings-time-zone").SelectOptionAsync("Asia/Omsk");
        await app.Page.GetByTestId("settings-switch-milestones").UncheckAsync();
        Assert.True(await app.Page.EvaluateAsync<bool>("window.__tg.mainVisible"));
        await app.Page.EvaluateAsync("window.__tg.main()");

        await Expect(app.Page.GetByTestId("settings-message")).ToHaveTextAsync("Сохранено");
        var saved = await ApiClient.GetAsync(fixture.Host, Person, "/api/me/settings");
        Assert.Equal(22, saved.GetProperty("quiet_hours_start").GetInt32());
        Assert.Equal(8, saved.GetProperty("quiet_hours_end").GetInt32());
        Assert.Equal("Asia/Omsk", saved.GetProperty("time_zone").GetString());
        Assert.False(saved.GetProperty("notifications").GetProperty("milestones").GetBoolean());
        Assert.Equal(0, await app.HorizontalOverflowAsync());
        await app.ScreenshotAsync("settings-320-ru");
        Assert.Empty(app.Errors);
    }

    [Fact]
    public async Task A_language_switch_redraws_the_app_in_that_language_and_a_refused_value_is_answered_in_it()
    {
        const long person = 100000092;
        await Garages.OneCarAsync(fixture.Host, person, "ru");
        await using var app = await MiniAppPage.OpenAsInTelegramAsync(
            fixture,
            person,
            "ru",
            DateTimeOffset.UtcNow,
            390,
            light: true,
            startParam: "settings"
        );

        await app.Page.GetByTestId("settings-language").SelectOptionAsync("en");
        await app.Page.EvaluateAsync("window.__tg.main()");
        await Expect(app.Page.Locator("h1")).ToHaveTextAsync("Settings");

        // A zone the server does not know (as if a stale page sent it) is refused in the user's words.
        await app
            .Page.GetByTestId("settings-time-zone")
            .EvaluateAsync(
                "s => { const o = document.createElement('option'); o.value = 'Mars/Olympus'; o.textContent = 'Mars'; s.append(o); s.value = 'Mars/Olympus'; }"
            );
        await app.Page.EvaluateAsync("window.__tg.main()");
        await Expect(app.Page.GetByTestId("settings-message")).ToHaveClassAsync("settings-message error");
        await Expect(app.Page.GetByTestId("settings-message")).Not.ToBeEmptyAsync();
        var saved = await ApiClient.GetAsync(fixture.Host, person, "/api/me/settings");
        Assert.Equal("en", saved.GetProperty("language").GetString());
        Assert.Equal("Europe/Moscow", saved.GetProperty("time_zone").GetString());
        await app.ScreenshotAsync("settings-refused-390-en-light");
        Assert.Empty(app.Errors);
    }
}
