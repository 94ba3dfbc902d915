using CarPass.Browser.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace CarPass.Browser.Tests;

/// <summary>The consumption card: kWh/100 km for an electric car, both figures for a plug-in hybrid.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ConsumptionCardTests(BrowserFixture fixture)
{
    private const long Owner = 100000088;

    [Fact]
    public async Task An_electric_car_shows_its_kwh_per_100_km_and_its_charges_on_the_timeline_in_russian()
    {
        await ElectricGarages.OwnerAsync(fixture.Host, Owner, "ru");
        await using var app = await MiniAppPage.OpenAsInTelegramAsync(fixture, Owner, "ru", DateTimeOffset.UtcNow, 360);

        await app.Page.GetByTestId("vehicle-card").Filter(new() { HasText = "Leaf" }).ClickAsync();
        var card = app.Page.GetByTestId("consumption-card");

        await Expect(card).ToContainTextAsync("Расход");
        await Expect(card.GetByTestId("consumption-energy")).ToContainTextAsync("16,5 кВт·ч/100 км");
        await Expect(card.GetByTestId("consumption-fuel")).ToHaveCountAsync(0);
        var charges = app.Page.Locator("[data-testid=timeline-item][data-type=charging]");
        await Expect(charges).ToHaveCountAsync(3);
        await Expect(charges.First).ToContainTextAsync("30 кВт·ч");
        await card.ScreenshotAsync(
            new() { Path = Path.Combine(BrowserFixture.Artifacts, "consumption-electric-360.png") }
        );
        Assert.Empty(app.Errors);
    }

    [Fact]
    public async Task A_plug_in_hybrid_shows_both_figures_and_says_what_measures_the_missing_one()
    {
        await ElectricGarages.OwnerAsync(fixture.Host, Owner, "ru");
        await using var app = await MiniAppPage.OpenAsInTelegramAsync(fixture, Owner, "ru", DateTimeOffset.UtcNow, 390);

        await app.Page.GetByTestId("vehicle-card").Filter(new() { HasText = "Outlander" }).ClickAsync();
        var card = app.Page.GetByTestId("consumption-card");

        await Expect(card.GetByTestId("consumption-energy")).ToContainTextAsync("16 кВт·ч/100 км");
        await Expect(card.GetByTestId("consumption-fuel")).ToContainTextAsync("Посчитаем по двум полным бакам");
        Assert.Empty(app.Errors);
    }
}
