using CarPass.Browser.Tests.Support;
using CarPass.Data.Fuel;
using CarPass.Data.Users;
using CarPass.Data.Vehicles;
using Microsoft.Extensions.DependencyInjection;
using static Microsoft.Playwright.Assertions;

namespace CarPass.Browser.Tests;

/// <summary>A long history loads page by page as the owner scrolls, and a page load computes the garage once.</summary>
[Collection(BrowserCollection.Name)]
public sealed class TimelineScrollTests(BrowserFixture fixture)
{
    private const long Owner = 100000055;
    private const int FillUps = 45;

    [Fact]
    public async Task Scrolling_to_the_end_of_the_history_loads_every_page_once_without_a_tap()
    {
        var car = await LongHistoryAsync();
        var all = await ApiClient.GetAsync(fixture.Host, Owner, $"/api/my/vehicles/{car}/timeline?limit=50");
        var expected = all.GetProperty("items").GetArrayLength();
        await using var app = await MiniAppPage.OpenAsInTelegramAsync(fixture, Owner, "en", DateTimeOffset.UtcNow, 360);
        var items = app.Page.GetByTestId("timeline-item");
        await Expect(items.First).ToBeVisibleAsync();
        Assert.True(await items.CountAsync() < expected);

        for (var scroll = 0; scroll < 10 && await items.CountAsync() < expected; scroll++)
        {
            await app.Page.Mouse.WheelAsync(0, 4000);
            await app.Page.WaitForTimeoutAsync(300);
        }

        Assert.True(expected > 40);
        await Expect(items).ToHaveCountAsync(expected);
        await Expect(app.Page.GetByTestId("timeline-more")).ToBeHiddenAsync();
        var ids = await items.EvaluateAllAsync<string[]>("items => items.map(i => i.textContent)");
        Assert.Equal(ids.Length, ids.Distinct().Count());
        var pages = app.ApiRequests.Where(r => r.Contains("/timeline", StringComparison.Ordinal)).ToList();
        var pageCount = (expected + 19) / 20;
        Assert.Equal(pageCount, pages.Count);
        Assert.Equal(pageCount - 1, pages.Count(p => p.Contains("cursor=", StringComparison.Ordinal)));
        await app.ScreenshotAsync("timeline-scrolled-360");
        Assert.Empty(app.Errors);
    }

    [Fact]
    public async Task Opening_the_app_asks_for_the_garage_once_and_shows_the_level_it_carries()
    {
        await using var app = await MiniAppPage.OpenAsInTelegramAsync(
            fixture,
            100000001,
            "ru",
            DateTimeOffset.UtcNow,
            360
        );
        await Expect(app.Page.GetByTestId("garage-summary")).ToBeVisibleAsync();

        Assert.Equal(1, app.ApiRequests.Count(r => r == "/api/my/vehicles"));
        Assert.Equal(1, app.ApiRequests.Count(r => r == "/api/me"));
        await Expect(app.Page.GetByTestId("garage-summary")).ToContainTextAsync("Записи есть в");
    }

    /// <summary>An owner with one car and a fill-up every week for the last 45 weeks, written through the host's use cases.</summary>
    private async Task<Guid> LongHistoryAsync()
    {
        using var scope = fixture.Host.Services.CreateScope();
        var services = scope.ServiceProvider;
        var user = (
            await services
                .GetRequiredService<UserUseCases>()
                .EnsureAsync(new TelegramProfile(Owner, "Scroll", LanguageCode: "en"), false, default)
        ).Value!;
        var garage = services.GetRequiredService<Data.Passports.PassportReader>();
        if ((await garage.VehicleIdsAsync(user.Id, default)) is [var existing])
            return existing;
        var car = (
            await services.GetRequiredService<VehicleUseCases>().AddAsync(user.Id, new VehicleDraft("Octavia"), default)
        ).Value!;
        var fuel = services.GetRequiredService<FuelUseCases>();
        var now = DateTime.UtcNow;
        for (var week = FillUps; week >= 1; week--)
            Assert.True(
                (
                    await fuel.LogAsync(
                        user.Id,
                        car.Id,
                        new FuelDraft(30 + week % 7, FilledAt: now.AddDays(-7 * week), IsFullTank: week % 3 != 0),
                        default
                    )
                ).IsSuccess
            );
        return car.Id;
    }
}
