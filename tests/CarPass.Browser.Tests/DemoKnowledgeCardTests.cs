using CarPass.Browser.Tests.Support;
using CarPass.Domain.Tyres;
using static Microsoft.Playwright.Assertions;

namespace CarPass.Browser.Tests;

/// <summary>The demo garage fills the documents and tyres cards: seed-demo records both for its cars.</summary>
[Collection(BrowserCollection.Name)]
public sealed class DemoKnowledgeCardTests(BrowserFixture fixture)
{
    private const long Owner = 100000001;

    [Fact]
    public async Task The_demo_camry_shows_an_expiring_inspection_and_its_fitted_set_and_the_vesta_a_lapsed_policy()
    {
        // The demo owner reads CarPass in Russian, on Moscow's calendar.
        var moscow = TimeZoneInfo.ConvertTimeBySystemTimeZoneId(DateTime.UtcNow, "Europe/Moscow").Date;
        var fitted = TyreNudges.Due(moscow, null)?.Season ?? TyreSeason.Winter;
        await using var app = await MiniAppPage.OpenAsInTelegramAsync(fixture, Owner, "ru", DateTimeOffset.UtcNow, 360);

        await app.Page.GetByTestId("vehicle-card").Filter(new() { HasText = "Camry" }).ClickAsync();
        var documents = app.Page.GetByTestId("documents-card");
        var tyres = app.Page.GetByTestId("tyres-card");

        await Expect(documents.GetByTestId("document-row")).ToHaveCountAsync(2);
        await Expect(documents.Locator("[data-status=expiring]")).ToContainTextAsync("Техосмотр");
        await Expect(documents.Locator("[data-status=valid]")).ToContainTextAsync("ОСАГО •••• 9368");
        await Expect(documents.GetByTestId("documents-lapsed")).ToHaveCountAsync(0);
        await Expect(tyres.GetByTestId("tyre-row")).ToHaveCountAsync(2);
        await Expect(tyres.Locator("[data-fitted=true]"))
            .ToContainTextAsync(fitted == TyreSeason.Winter ? "Зимние" : "Летние");
        await Expect(tyres.GetByTestId("tyres-change-due")).ToHaveCountAsync(0);
        await app.ScreenshotAsync("demo-camry-knowledge-360");

        await app.Page.GetByTestId("switcher-pill").Filter(new() { HasText = "Веста" }).ClickAsync();
        await Expect(app.Page.GetByTestId("documents-lapsed")).ToHaveTextAsync("Полис ОСАГО истёк");
        Assert.Empty(app.Errors);
    }
}
