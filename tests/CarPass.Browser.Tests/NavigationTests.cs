using CarPass.Browser.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace CarPass.Browser.Tests;

/// <summary>The garage is always one Back away, deep links open their screen, and the history reads by month.</summary>
[Collection(BrowserCollection.Name)]
public sealed class NavigationTests(BrowserFixture fixture)
{
    private const long Owner = 100000001;
    private const long SoloOwner = 100000066;

    [Fact]
    public async Task An_owner_with_one_car_lands_on_its_passport_and_Back_shows_the_garage_overview()
    {
        var car = await Garages.OneCarAsync(fixture.Host, SoloOwner);
        var garage = await ApiClient.GetAsync(fixture.Host, SoloOwner, "/api/my/vehicles");
        await using var app = await MiniAppPage.OpenAsInTelegramAsync(
            fixture,
            SoloOwner,
            "en",
            DateTimeOffset.UtcNow,
            320
        );

        await Expect(app.Page.GetByTestId("vehicle-name")).ToHaveTextAsync("Golf");
        await Expect(app.Page.Locator("#view")).Not.ToContainTextAsync("null");
        Assert.True(await app.Page.EvaluateAsync<bool>("window.__tg.backVisible"));
        await app.Page.EvaluateAsync("window.__tg.back()");

        await Expect(app.Page.GetByTestId("garage-summary")).ToBeVisibleAsync();
        await Expect(app.Page.GetByTestId("garage-average"))
            .ToHaveTextAsync($"{garage.GetProperty("average_completion").GetInt32()}%");
        await Expect(app.Page.GetByTestId("vehicle-card")).ToHaveCountAsync(1);
        Assert.False(await app.Page.EvaluateAsync<bool>("window.__tg.backVisible"));
        await app.Page.GetByTestId("vehicle-card").ClickAsync();
        await Expect(app.Page.Locator($"[data-testid=timeline]")).ToBeVisibleAsync();
        Assert.Equal(car, await VehicleOnScreenAsync(app));
        Assert.Equal(0, await app.HorizontalOverflowAsync());
        Assert.Empty(app.Errors);
    }

    [Fact]
    public async Task A_startapp_link_to_a_car_opens_its_passport_with_the_garage_behind_it()
    {
        var garage = await ApiClient.GetAsync(fixture.Host, Owner, "/api/my/vehicles");
        var vesta = garage
            .GetProperty("vehicles")
            .EnumerateArray()
            .Single(v => v.GetProperty("make").GetString() == "Lada")
            .GetProperty("vehicle_id")
            .GetGuid();
        await using var app = await MiniAppPage.OpenAsInTelegramAsync(
            fixture,
            Owner,
            "ru",
            DateTimeOffset.UtcNow,
            390,
            startParam: $"v_{vesta:N}"
        );

        await Expect(app.Page.GetByTestId("quality-score")).ToHaveTextAsync("40%");
        await Expect(app.Page.GetByTestId("vehicle-name")).ToContainTextAsync("Веста");
        await app.Page.EvaluateAsync("window.__tg.back()");
        await Expect(app.Page.GetByTestId("vehicle-card")).ToHaveCountAsync(2);
        Assert.Empty(app.Errors);
    }

    [Fact]
    public async Task A_startapp_link_to_a_car_someone_cannot_read_shows_their_own_garage()
    {
        var garage = await ApiClient.GetAsync(fixture.Host, Owner, "/api/my/vehicles");
        var camry = garage.GetProperty("vehicles")[0].GetProperty("vehicle_id").GetGuid();
        await Garages.OneCarAsync(fixture.Host, SoloOwner);
        await using var app = await MiniAppPage.OpenAsInTelegramAsync(
            fixture,
            SoloOwner,
            "en",
            DateTimeOffset.UtcNow,
            390,
            startParam: $"v_{camry:N}"
        );

        await Expect(app.Page.GetByTestId("garage-summary")).ToBeVisibleAsync();
        await Expect(app.Page.GetByTestId("vehicle-card")).ToHaveCountAsync(1);
        await Expect(app.Page.GetByTestId("vehicle-card")).Not.ToContainTextAsync("Camry");
        Assert.Empty(app.Errors);
    }

    [Fact]
    public async Task A_startapp_link_to_a_centre_opens_its_screen_for_its_staff()
    {
        var mine = await ApiClient.GetAsync(fixture.Host, 100000002, "/api/me/centers");
        var centre = mine.GetProperty("centers")[0].GetProperty("service_center_id").GetGuid();
        await using var app = await MiniAppPage.OpenAsInTelegramAsync(
            fixture,
            100000002,
            "ru",
            DateTimeOffset.UtcNow,
            390,
            startParam: $"c_{centre:N}"
        );

        await Expect(app.Page.GetByTestId("center-trust-score")).ToBeVisibleAsync();
        await app.Page.EvaluateAsync("window.__tg.back()");
        await Expect(app.Page.GetByTestId("my-center")).ToBeVisibleAsync();
        Assert.Empty(app.Errors);
    }

    [Fact]
    public async Task The_history_is_grouped_under_one_header_per_month_of_its_entries()
    {
        var garage = await ApiClient.GetAsync(fixture.Host, Owner, "/api/my/vehicles");
        var camry = garage
            .GetProperty("vehicles")
            .EnumerateArray()
            .Single(v => v.GetProperty("make").GetString() == "Toyota")
            .GetProperty("vehicle_id")
            .GetGuid();
        var page = await ApiClient.GetAsync(fixture.Host, Owner, $"/api/my/vehicles/{camry}/timeline");
        var months = page.GetProperty("items")
            .EnumerateArray()
            .Select(i => i.GetProperty("occurred_at").GetDateTime().ToString("yyyy-MM"))
            .Distinct()
            .ToList();
        await using var app = await MiniAppPage.OpenAsInTelegramAsync(fixture, Owner, "en", DateTimeOffset.UtcNow, 390);
        await app.Page.GetByTestId("vehicle-card").Filter(new() { HasText = "Camry" }).ClickAsync();
        await Expect(app.Page.GetByTestId("timeline-item").First).ToBeVisibleAsync();

        var headers = await app
            .Page.GetByTestId("timeline-month")
            .EvaluateAllAsync<string[]>("hs => hs.map(h => h.dataset.month)");
        Assert.True(months.Count > 1);
        Assert.Equal(months, headers.Take(months.Count));
        Assert.Equal(headers.Length, headers.Distinct().Count());
        await app.ScreenshotAsync("timeline-months-390");
        Assert.Empty(app.Errors);
    }

    private static Task<Guid> VehicleOnScreenAsync(MiniAppPage app) =>
        app
            .Page.GetByTestId("vehicle-name")
            .GetAttributeAsync("data-vehicle-id")
            .ContinueWith(t => Guid.Parse(t.Result!));
}
