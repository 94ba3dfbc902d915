using System.Text.Json;

namespace CarPass.Browser.Tests.Support;

/// <summary>
/// What Telegram gives a Mini App, injected before the page's scripts run: window.Telegram.WebApp
/// with the signed initData, the user, theme parameters, ready/expand and a BackButton whose
/// handler the test can press. The real script cannot load here, and the app must not need it.
/// </summary>
public static class TelegramStub
{
    public static readonly IReadOnlyDictionary<string, string> Theme = new Dictionary<string, string>
    {
        ["bg_color"] = "#0e1116",
        ["secondary_bg_color"] = "#161b22",
        ["text_color"] = "#e6e9ee",
        ["hint_color"] = "#8b95a3",
        ["link_color"] = "#7cb0ff",
        ["button_color"] = "#4d8dff",
        ["button_text_color"] = "#ffffff",
    };

    public static string Script(string initData, long telegramId, string language)
    {
        var webApp = new
        {
            initData,
            initDataUnsafe = new
            {
                user = new
                {
                    id = telegramId,
                    first_name = "Test",
                    language_code = language,
                },
            },
            themeParams = Theme,
            colorScheme = "dark",
            version = "8.0",
        };
        return $$"""
            (() => {
              const webApp = {{JsonSerializer.Serialize(webApp)}};
              window.__tg = { ready: false, expanded: false, back: null, backVisible: false };
              webApp.ready = () => { window.__tg.ready = true; };
              webApp.expand = () => { window.__tg.expanded = true; };
              webApp.openTelegramLink = (url) => { window.__tg.opened = url; };
              webApp.close = () => { window.__tg.closed = true; };
              webApp.BackButton = {
                show() { window.__tg.backVisible = true; },
                hide() { window.__tg.backVisible = false; },
                onClick(handler) { window.__tg.back = handler; },
                offClick() { window.__tg.back = null; },
              };
              window.Telegram = { WebApp: webApp };
            })();
            """;
    }
}
