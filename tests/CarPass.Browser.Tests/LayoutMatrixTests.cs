using CarPass.Browser.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace CarPass.Browser.Tests;

/// <summary>
/// Every screen reached by taps at phone and desktop widths, in both languages and both Telegram
/// themes: nothing scrolls sideways and the page logs no error.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class LayoutMatrixTests(BrowserFixture fixture)
{
    private const long Owner = 100000001;
    private const long Employee = 100000002;

    [Theory]
    [InlineData(320, "ru", false)]
    [InlineData(320, "en", true)]
    [InlineData(390, "en", false)]
    [InlineData(390, "ru", true)]
    [InlineData(1024, "ru", false)]
    [InlineData(1024, "en", true)]
    public async Task The_owner_taps_through_garage_passport_charts_and_centre_without_sideways_scroll(
        int width,
        string language,
        bool light
    )
    {
        var name = $"{width}-{language}-{(light ? "light" : "dark")}";
        await using var app = await MiniAppPage.OpenAsInTelegramAsync(
            fixture,
            Owner,
            language,
            DateTimeOffset.UtcNow,
            width,
            light
        );

        await Expect(app.Page.GetByTestId("garage-summary")).ToBeVisibleAsync();
        Assert.Equal(0, await app.HorizontalOverflowAsync());
        await app.ScreenshotAsync($"matrix-garage-{name}");

        await app.Page.GetByTestId("vehicle-card").Filter(new() { HasText = "Camry" }).ClickAsync();
        await Expect(app.Page.GetByTestId("odometer-chart")).ToBeVisibleAsync();
        await Expect(app.Page.GetByTestId("spending-chart")).ToBeVisibleAsync();
        Assert.Equal(0, await app.HorizontalOverflowAsync());
        Assert.True(await app.Page.EvaluateAsync<bool>("window.__tg.backVisible"));
        await app.ScreenshotAsync($"matrix-camry-{name}");

        await app.Page.GetByTestId("switcher-pill").Filter(new() { HasText = "Веста" }).ClickAsync();
        await Expect(app.Page.GetByTestId("quality-score")).ToHaveTextAsync("40%");
        Assert.True(await app.Page.EvaluateAsync<bool>("window.__tg.mainVisible"));
        Assert.Equal(0, await app.HorizontalOverflowAsync());

        await app.Page.GetByTestId("switcher-pill").Filter(new() { HasText = "Camry" }).ClickAsync();
        await app.Page.GetByTestId("trust-badge").First.ClickAsync();
        await Expect(app.Page.GetByTestId("center-level")).ToBeVisibleAsync();
        Assert.Equal(0, await app.HorizontalOverflowAsync());
        await app.ScreenshotAsync($"matrix-centre-{name}");

        await app.Page.EvaluateAsync("window.__tg.back()");
        await Expect(app.Page.GetByTestId("quality-card")).ToBeVisibleAsync();
        await app.Page.EvaluateAsync("window.__tg.back()");
        await Expect(app.Page.GetByTestId("garage-summary")).ToBeVisibleAsync();
        Assert.Equal(
            light ? "light" : "dark",
            await app.Page.EvaluateAsync<string>("document.documentElement.dataset.scheme")
        );
        Assert.Empty(app.Errors);
    }

    [Theory]
    [InlineData(320, "ru", true)]
    [InlineData(1024, "en", false)]
    public async Task Staff_tap_through_to_their_centre_without_sideways_scroll(int width, string language, bool light)
    {
        await using var app = await MiniAppPage.OpenAsInTelegramAsync(
            fixture,
            Employee,
            language,
            DateTimeOffset.UtcNow,
            width,
            light
        );

        await app.Page.GetByTestId("my-center-link").ClickAsync();
        await Expect(app.Page.GetByTestId("center-trust-score")).ToBeVisibleAsync();
        Assert.Equal(0, await app.HorizontalOverflowAsync());
        await app.ScreenshotAsync($"matrix-staff-{width}-{language}-{(light ? "light" : "dark")}");
        Assert.Empty(app.Errors);
    }
}
