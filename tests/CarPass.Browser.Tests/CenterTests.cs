using System.Globalization;
using CarPass.Browser.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace CarPass.Browser.Tests;

/// <summary>A centre's screen: staff see the figures and what would raise trust, owners the level in words.</summary>
[Collection(BrowserCollection.Name)]
public sealed class CenterTests(BrowserFixture fixture)
{
    private const long Owner = 100000001;
    private const long Employee = 100000002;

    [Fact]
    public async Task The_centres_manager_taps_their_centre_and_sees_the_figures_and_hints_the_api_gives()
    {
        var mine = await ApiClient.GetAsync(fixture.Host, Employee, "/api/me/centers");
        var centre = mine.GetProperty("centers")[0].GetProperty("service_center_id").GetGuid();
        var trust = await ApiClient.GetAsync(fixture.Host, Employee, $"/api/service-centers/{centre}/trust-score");
        await using var app = await MiniAppPage.OpenAsInTelegramAsync(
            fixture,
            Employee,
            "ru",
            DateTimeOffset.UtcNow,
            320
        );

        await app.Page.GetByTestId("my-center-link").ClickAsync();

        await Expect(app.Page.GetByTestId("center-name")).ToHaveTextAsync(trust.GetProperty("name").GetString()!);
        await Expect(app.Page.GetByTestId("center-shield")).ToBeVisibleAsync();
        var details = trust.GetProperty("details");
        await Expect(app.Page.GetByTestId("center-trust-score"))
            .ToHaveTextAsync(details.GetProperty("trust_score").GetInt32().ToString(CultureInfo.InvariantCulture));
        await Expect(app.Page.GetByTestId("center-confirmed"))
            .ToHaveTextAsync(details.GetProperty("confirmed_visits").GetInt32().ToString(CultureInfo.InvariantCulture));
        var hints = trust
            .GetProperty("hints")
            .EnumerateArray()
            .Select(h => h.GetProperty("text").GetString())
            .ToArray();
        Assert.NotEmpty(hints);
        await Expect(app.Page.GetByTestId("center-hint")).ToHaveTextAsync(hints!);
        await Expect(app.Page.GetByTestId("badges-service_center")).ToBeVisibleAsync();
        Assert.Equal(0, await app.HorizontalOverflowAsync());
        await app.ScreenshotAsync("center-manager-320");

        await app.Page.EvaluateAsync("window.__tg.back()");
        await Expect(app.Page.GetByTestId("my-center")).ToBeVisibleAsync();
        Assert.Empty(app.Errors);
    }

    [Fact]
    public async Task An_owner_taps_the_centre_on_a_visit_and_sees_its_level_in_words_without_figures()
    {
        await using var app = await MiniAppPage.OpenAsInTelegramAsync(fixture, Owner, "en", DateTimeOffset.UtcNow, 390);
        await app.Page.GetByTestId("vehicle-card").Filter(new() { HasText = "Camry" }).ClickAsync();
        var badge = app.Page.GetByTestId("trust-badge").First;
        var centre = await badge.GetAttributeAsync("data-center-id");
        var trust = await ApiClient.GetAsync(fixture.Host, Owner, $"/api/service-centers/{centre}/trust-score");

        await badge.ClickAsync();

        await Expect(app.Page.GetByTestId("center-trust-level"))
            .ToContainTextAsync(trust.GetProperty("trust_level_text").GetString()!);
        await Expect(app.Page.GetByTestId("center-shield")).ToBeVisibleAsync();
        Assert.True(trust.GetProperty("verified").GetBoolean());
        await Expect(app.Page.GetByTestId("center-trust-score")).ToHaveCountAsync(0);
        await Expect(app.Page.GetByTestId("center-hint")).ToHaveCountAsync(0);
        await app.ScreenshotAsync("center-owner-390");
        await app.Page.EvaluateAsync("window.__tg.back()");
        await Expect(app.Page.GetByTestId("quality-card")).ToBeVisibleAsync();
        Assert.Empty(app.Errors);
    }

    [Fact]
    public async Task The_garage_shows_the_users_own_badges_apart_from_each_cars()
    {
        var achievements = await ApiClient.GetAsync(fixture.Host, Owner, "/api/me/achievements");
        var userBadges = achievements
            .GetProperty("earned")
            .EnumerateArray()
            .Count(a => a.GetProperty("scope").GetString() == "user");
        await using var app = await MiniAppPage.OpenAsInTelegramAsync(fixture, Owner, "en", DateTimeOffset.UtcNow, 390);

        var section = app.Page.GetByTestId("badges-user");
        await Expect(section).ToBeVisibleAsync();
        await Expect(section.GetByTestId("badge-earned")).ToHaveCountAsync(userBadges);
        // The demo owner's CarPass language is Russian, and it wins over Telegram's.
        await Expect(section).ToContainTextAsync("Ваши отметки");
        Assert.Empty(app.Errors);
    }
}
