using Microsoft.Playwright;

namespace CarPass.Browser.Tests.Support;

/// <summary>Opens the Mini App the way Telegram does and keeps what the page complained about.</summary>
public sealed class MiniAppPage : IAsyncDisposable
{
    private readonly IBrowserContext _context;

    private MiniAppPage(IBrowserContext context, IPage page)
    {
        _context = context;
        Page = page;
        page.Console += (_, message) =>
        {
            if (
                message.Type == "error"
                && !message.Text.StartsWith("Failed to load resource", StringComparison.Ordinal)
            )
                Errors.Add(message.Text);
        };
        page.PageError += (_, error) => Errors.Add(error);
        page.Request += (_, request) =>
        {
            if (new Uri(request.Url).AbsolutePath.StartsWith("/api/", StringComparison.Ordinal))
                lock (ApiRequests)
                    ApiRequests.Add(new Uri(request.Url).PathAndQuery);
        };
    }

    public IPage Page { get; }

    /// <summary>Console errors and uncaught exceptions; a failed API call is the app's concern, not an error here.</summary>
    public List<string> Errors { get; } = [];

    /// <summary>The path and query of every API request the page made, from its first load on.</summary>
    public List<string> ApiRequests { get; } = [];

    public static Task<MiniAppPage> OpenAsInTelegramAsync(
        BrowserFixture fixture,
        long telegramId,
        string language,
        DateTimeOffset authDate,
        int width,
        bool light = false,
        string? startParam = null
    ) =>
        OpenAsync(
            fixture,
            TelegramStub.Script(
                LiveHost.InitData(telegramId, language, authDate),
                telegramId,
                language,
                light,
                startParam
            ),
            "/app/",
            width
        );

    /// <summary>A normal browser: no Telegram object at all, the telegram.org script unreachable.</summary>
    public static Task<MiniAppPage> OpenInPlainBrowserAsync(BrowserFixture fixture, string path, int width) =>
        OpenAsync(fixture, null, path, width);

    /// <summary>A page of another host than the fixture's (the development one, for /dev/open).</summary>
    public static Task<MiniAppPage> OpenInPlainBrowserAsync(
        BrowserFixture fixture,
        LiveHost host,
        string path,
        int width
    ) => OpenAsync(fixture, null, path, width, host);

    private static async Task<MiniAppPage> OpenAsync(
        BrowserFixture fixture,
        string? initScript,
        string path,
        int width,
        LiveHost? host = null
    )
    {
        var context = await fixture.Browser.NewContextAsync(
            new()
            {
                ViewportSize = new() { Width = width, Height = 800 },
                Locale = "ru-RU",
            }
        );
        await context.RouteAsync(
            "**/telegram-web-app.js*",
            route =>
                initScript is null
                    ? route.AbortAsync()
                    : route.FulfillAsync(new() { ContentType = "text/javascript", Body = "/* stubbed */" })
        );
        if (initScript is not null)
            await context.AddInitScriptAsync(initScript);
        var page = await context.NewPageAsync();
        var app = new MiniAppPage(context, page);
        await page.GotoAsync(new Uri((host ?? fixture.Host).BaseAddress, path).ToString());
        return app;
    }

    /// <summary>Saves the whole page, and what the first screen shows, under the test output's artifacts/.</summary>
    public async Task ScreenshotAsync(string name)
    {
        await Page.ScreenshotAsync(
            new() { Path = Path.Combine(BrowserFixture.Artifacts, $"{name}.png"), FullPage = true }
        );
        await Page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.Artifacts, $"{name}-first-screen.png") });
    }

    /// <summary>How far the page is wider than the viewport (0 when nothing scrolls sideways).</summary>
    public Task<int> HorizontalOverflowAsync() =>
        Page.EvaluateAsync<int>("document.documentElement.scrollWidth - document.documentElement.clientWidth");

    public async ValueTask DisposeAsync() => await _context.DisposeAsync();
}
