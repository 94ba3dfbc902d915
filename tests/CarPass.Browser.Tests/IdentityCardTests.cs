using CarPass.Browser.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace CarPass.Browser.Tests;

/// <summary>The passport names the maker and country its VIN stands for (the seeded Camry's VIN starts JTN).</summary>
[Collection(BrowserCollection.Name)]
public sealed class IdentityCardTests(BrowserFixture fixture)
{
    private const long Owner = 100000001;

    [Fact]
    public async Task The_passport_shows_the_vins_maker_and_its_country_in_the_readers_language()
    {
        await using var app = await MiniAppPage.OpenAsInTelegramAsync(fixture, Owner, "ru", DateTimeOffset.UtcNow, 360);

        await app.Page.GetByTestId("vehicle-card").Filter(new() { HasText = "Camry" }).ClickAsync();
        var card = app.Page.GetByTestId("identity-card");

        await Expect(card).ToContainTextAsync("По VIN");
        await Expect(card.GetByTestId("identity-maker")).ToHaveTextAsync("Toyota");
        await Expect(card.GetByTestId("identity-country")).ToHaveTextAsync("Япония");
        await Expect(card).ToContainTextAsync("JTN");
        await app.ScreenshotAsync("identity-camry-360");
        await card.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.Artifacts, "identity-card-360.png") });

        await app.Page.GetByTestId("switcher-pill").Filter(new() { HasText = "Веста" }).ClickAsync();
        await Expect(app.Page.GetByTestId("quality-score")).ToHaveTextAsync("40%");
        await Expect(app.Page.GetByTestId("identity-card")).ToHaveCountAsync(0);
        Assert.Empty(app.Errors);
    }
}
