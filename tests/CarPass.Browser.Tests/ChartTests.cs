using System.Globalization;
using System.Text.Json;
using CarPass.Browser.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace CarPass.Browser.Tests;

/// <summary>The passport's charts plot exactly the API's numbers (checked on the marks' data, not on pixels).</summary>
[Collection(BrowserCollection.Name)]
public sealed class ChartTests(BrowserFixture fixture)
{
    private const long SoloOwner = 100000066;

    [Fact]
    public async Task The_odometer_chart_draws_every_reading_with_its_trust_the_flagged_one_and_the_dashed_projection()
    {
        var car = await Garages.OneCarAsync(fixture.Host, SoloOwner);
        var charts = await ApiClient.GetAsync(fixture.Host, SoloOwner, $"/api/my/vehicles/{car}/charts");
        var odometer = charts.GetProperty("odometer");
        await using var app = await MiniAppPage.OpenAsInTelegramAsync(
            fixture,
            SoloOwner,
            "en",
            DateTimeOffset.UtcNow,
            390
        );

        var points = app.Page.GetByTestId("odometer-point");
        await Expect(app.Page.GetByTestId("odometer-chart")).ToBeVisibleAsync();
        var drawn = await points.EvaluateAllAsync<string[]>(
            "ps => ps.map(p => `${p.dataset.km}|${p.dataset.trusted}|${p.dataset.flagged}`)"
        );
        var expected = odometer
            .GetProperty("points")
            .EnumerateArray()
            .Select(p => $"{p.GetProperty("km").GetInt32()}|{Flag(p, "trusted")}|{Flag(p, "flagged")}")
            .ToArray();
        Assert.Equal(expected, drawn);
        Assert.Contains("95000|false|true", drawn);
        var projection = odometer.GetProperty("projection");
        var dashed = app.Page.GetByTestId("odometer-projection");
        await Expect(dashed)
            .ToHaveAttributeAsync(
                "data-to-km",
                projection.GetProperty("to_km").GetInt32().ToString(CultureInfo.InvariantCulture)
            );
        await Expect(dashed).ToHaveAttributeAsync("stroke-dasharray", "5 4");

        await app
            .Page.GetByTestId("odometer-chart")
            .Locator("svg")
            .ClickAsync(
                new()
                {
                    Position = new() { X = 2, Y = 20 },
                }
            );
        await Expect(app.Page.GetByTestId("odometer-chart-readout")).ToContainTextAsync("km");
        Assert.True(await app.Page.EvaluateAsync<int>("window.__tg.haptics") > 0);
        await app.ScreenshotAsync("charts-solo-390");
        Assert.Empty(app.Errors);
    }

    [Fact]
    public async Task Consumption_per_fill_and_spending_per_month_are_the_api_s_values()
    {
        var car = await Garages.OneCarAsync(fixture.Host, SoloOwner);
        var charts = await ApiClient.GetAsync(fixture.Host, SoloOwner, $"/api/my/vehicles/{car}/charts");
        await using var app = await MiniAppPage.OpenAsInTelegramAsync(
            fixture,
            SoloOwner,
            "ru",
            DateTimeOffset.UtcNow,
            320
        );

        var consumption = app.Page.GetByTestId("consumption-point");
        await Expect(app.Page.GetByTestId("consumption-chart")).ToBeVisibleAsync();
        var values = await consumption.EvaluateAllAsync<double[]>("ps => ps.map(p => Number(p.dataset.value))");
        var expected = charts
            .GetProperty("consumption")
            .GetProperty("points")
            .EnumerateArray()
            .Select(p => p.GetProperty("value").GetDouble())
            .ToArray();
        Assert.Equal(4, expected.Length);
        Assert.Equal(expected, values);
        var average = charts.GetProperty("consumption").GetProperty("average").GetDouble();
        Assert.Equal(
            average,
            double.Parse(
                (await app.Page.GetByTestId("consumption-baseline").GetAttributeAsync("data-value"))!,
                CultureInfo.InvariantCulture
            )
        );

        var bars = await app
            .Page.GetByTestId("spending-bar")
            .EvaluateAllAsync<string[]>("bs => bs.map(b => `${b.dataset.month}=${b.dataset.total}`)");
        var months = charts
            .GetProperty("spending")
            .GetProperty("months")
            .EnumerateArray()
            .Select(m => $"{m.GetProperty("month").GetString()}={m.GetProperty("total_minor").GetInt64()}")
            .ToArray();
        Assert.Equal(months, bars);
        Assert.Equal(0, await app.HorizontalOverflowAsync());
        await app.ScreenshotAsync("charts-solo-320-ru");
        Assert.Empty(app.Errors);
    }

    private static string Flag(JsonElement point, string name) =>
        point.GetProperty(name).GetBoolean() ? "true" : "false";
}
