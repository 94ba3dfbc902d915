using CarPass.Browser.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CarPass.Browser.Tests;

/// <summary>The owner makes a report from the Mini App; a buyer opens its link in a plain browser; the owner revokes it.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ReportTests(BrowserFixture fixture)
{
    private const long Owner = 100000001;

    [Fact]
    public async Task A_report_made_in_the_mini_app_opens_for_a_buyer_without_telegram_until_it_is_revoked()
    {
        await using var app = await MiniAppPage.OpenAsInTelegramAsync(fixture, Owner, "ru", DateTimeOffset.UtcNow, 360);
        await app.Page.GetByTestId("vehicle-card").Filter(new() { HasText = "Camry" }).ClickAsync();

        await app.Page.GetByTestId("report-days").SelectOptionAsync("14");
        await app.Page.GetByTestId("report-make").ClickAsync();

        var note = app.Page.GetByTestId("report-note");
        await Expect(note).ToContainTextAsync("/r/");
        await Expect(app.Page.GetByTestId("share-link")).ToHaveCountAsync(1);
        await Expect(app.Page.GetByTestId("share-link")).ToContainTextAsync("открыт: 0");
        var text = await note.TextContentAsync() ?? "";
        var url = text[text.IndexOf("http", StringComparison.Ordinal)..].Trim();
        await app.ScreenshotAsync("report-made-360");

        await using var buyer = await MiniAppPage.OpenInPlainBrowserAsync(fixture, new Uri(url).PathAndQuery, 390);
        await Expect(buyer.Page.Locator("h1")).ToHaveTextAsync("Camry");
        await Expect(buyer.Page.Locator("meta[name=robots]"))
            .ToHaveAttributeAsync("content", "noindex, nofollow, noarchive");
        await buyer.ScreenshotAsync("report-public-page-390");

        await app.Page.GetByTestId("share-link-revoke").ClickAsync();
        await Expect(app.Page.GetByTestId("share-link")).ToHaveCountAsync(0);
        await buyer.Page.ReloadAsync();
        await Expect(buyer.Page.Locator("h1")).ToHaveTextAsync("Больше не доступно");
        await buyer.ScreenshotAsync("report-public-page-gone-390");
        Assert.Empty(app.Errors);
    }
}
