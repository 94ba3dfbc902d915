using CarPass.Browser.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CarPass.Browser.Tests;

/// <summary>The seeded demo owner opens the Mini App inside (a stand-in for) Telegram.</summary>
[Collection(BrowserCollection.Name)]
public sealed class DashboardTests(BrowserFixture fixture)
{
    private const long Owner = 100000001;
    private const int Phone = 360;
    private const int Desktop = 1280;

    [Fact]
    public async Task The_garage_shows_each_seeded_car_with_the_numbers_the_api_computed()
    {
        var garage = await ApiClient.GetAsync(fixture.Host, Owner, "/api/my/vehicles");
        await using var app = await OpenAsync(Phone);

        var cards = app.Page.GetByTestId("vehicle-card");
        await Expect(cards).ToHaveCountAsync(2);
        foreach (var vehicle in garage.GetProperty("vehicles").EnumerateArray())
        {
            var card = app.Page.Locator($"[data-vehicle-id='{vehicle.GetProperty("vehicle_id").GetString()}']");
            await Expect(card.GetByTestId("vehicle-score"))
                .ToHaveTextAsync($"{vehicle.GetProperty("completeness_score").GetInt32()}%");
        }
        await Expect(cards.Filter(new() { HasText = "Camry" }).GetByTestId("vehicle-score")).ToHaveTextAsync("100%");
        await Expect(cards.Filter(new() { HasText = "Веста" }).GetByTestId("vehicle-score")).ToHaveTextAsync("40%");
        await Expect(app.Page.GetByTestId("garage-average"))
            .ToHaveTextAsync($"{garage.GetProperty("average_completion").GetInt32()}%");
        await app.ScreenshotAsync("garage-360");
        Assert.Empty(app.Errors);
    }

    [Fact]
    public async Task Opening_a_car_and_switching_to_the_other_shows_each_passport()
    {
        await using var app = await OpenAsync(Phone);

        await app.Page.GetByTestId("vehicle-card").Filter(new() { HasText = "Веста" }).ClickAsync();
        await Expect(app.Page.GetByTestId("quality-score")).ToHaveTextAsync("40%");
        await Expect(app.Page.GetByTestId("health-status")).ToContainTextAsync("просрочено");
        await app.ScreenshotAsync("vesta-360");

        await app.Page.GetByTestId("switcher-pill").Filter(new() { HasText = "Camry" }).ClickAsync();
        await Expect(app.Page.GetByTestId("quality-score")).ToHaveTextAsync("100%");
        await Expect(app.Page.GetByTestId("vehicle-name")).ToHaveTextAsync("Camry");
        await Expect(app.Page.GetByTestId("improve-done")).ToBeVisibleAsync();
        await Expect(app.Page.GetByTestId("trust-badge").First).ToBeVisibleAsync();
        Assert.Empty(app.Errors);
    }

    [Fact]
    public async Task What_to_improve_links_open_the_matching_bot_flows()
    {
        var garage = await ApiClient.GetAsync(fixture.Host, Owner, "/api/my/vehicles");
        var vesta = garage
            .GetProperty("vehicles")
            .EnumerateArray()
            .Single(v => v.GetProperty("make").GetString() == "Lada");
        var vestaId = vesta.GetProperty("vehicle_id").GetGuid();
        var score = await ApiClient.GetAsync(fixture.Host, Owner, $"/api/my/vehicles/{vestaId}/score");
        var expected = score
            .GetProperty("next_actions")
            .EnumerateArray()
            .Select(a => a.GetProperty("deep_link").GetString())
            .ToList();
        await using var app = await OpenAsync(Phone);

        await app.Page.GetByTestId("vehicle-card").Filter(new() { HasText = "Веста" }).ClickAsync();
        var links = app.Page.GetByTestId("improve-link");
        await Expect(links).ToHaveCountAsync(expected.Count);
        var hrefs = await links.EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");

        Assert.InRange(hrefs.Length, 2, 4);
        Assert.Equal(expected, hrefs);
        Assert.Equal($"https://t.me/{LiveHost.BotUsername}?start=fix_vin_{vestaId:N}", hrefs[0]);
        await links.First.ClickAsync();
        Assert.Equal(hrefs[0], await app.Page.EvaluateAsync<string>("window.__tg.opened"));
    }

    [Fact]
    public async Task Telegram_is_told_the_app_is_ready_and_its_back_button_returns_to_the_garage()
    {
        await using var app = await OpenAsync(Phone);
        await app.Page.GetByTestId("vehicle-card").First.ClickAsync();
        await Expect(app.Page.GetByTestId("quality-card")).ToBeVisibleAsync();

        Assert.True(await app.Page.EvaluateAsync<bool>("window.__tg.ready && window.__tg.expanded"));
        Assert.True(await app.Page.EvaluateAsync<bool>("window.__tg.backVisible"));
        await app.Page.EvaluateAsync("window.__tg.back()");

        await Expect(app.Page.GetByTestId("garage-summary")).ToBeVisibleAsync();
        Assert.False(await app.Page.EvaluateAsync<bool>("window.__tg.backVisible"));
        var background = await app.Page.EvaluateAsync<string>(
            "getComputedStyle(document.documentElement).getPropertyValue('--tg-theme-bg-color').trim()"
        );
        Assert.Equal(TelegramStub.Theme["bg_color"], background);
    }

    [Fact]
    public async Task On_a_desktop_the_passport_uses_the_wide_layout()
    {
        await using var app = await OpenAsync(Desktop);
        await app.Page.GetByTestId("vehicle-card").Filter(new() { HasText = "Camry" }).ClickAsync();
        await Expect(app.Page.GetByTestId("quality-score")).ToHaveTextAsync("100%");
        await Expect(app.Page.GetByTestId("timeline-item").First).ToBeVisibleAsync();

        var quality = await app.Page.GetByTestId("quality-card").BoundingBoxAsync();
        var history = await app.Page.GetByTestId("history-card").BoundingBoxAsync();
        Assert.Equal(quality!.Y, history!.Y, 1);
        await app.ScreenshotAsync("camry-desktop");
        await app.Page.GetByTestId("switcher-pill").Filter(new() { HasText = "Веста" }).ClickAsync();
        await Expect(app.Page.GetByTestId("quality-score")).ToHaveTextAsync("40%");
        await app.ScreenshotAsync("vesta-desktop");
    }

    private Task<MiniAppPage> OpenAsync(int width) =>
        MiniAppPage.OpenAsInTelegramAsync(fixture, Owner, "ru", DateTimeOffset.UtcNow, width);
}
