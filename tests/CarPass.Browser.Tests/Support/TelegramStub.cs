using System.Text.Json;

namespace CarPass.Browser.Tests.Support;

/// <summary>
/// What Telegram gives a Mini App, injected before the page's scripts run: window.Telegram.WebApp
/// with the signed initData, the user, theme parameters, ready/expand, a BackButton and a
/// MainButton whose handlers the test can press, haptics it can count, and the stable viewport
/// height. The real script cannot load here, and the app must not need it.
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

    /// <summary>Telegram's default light theme colours.</summary>
    public static readonly IReadOnlyDictionary<string, string> LightTheme = new Dictionary<string, string>
    {
        ["bg_color"] = "#ffffff",
        ["secondary_bg_color"] = "#f1f1f4",
        ["text_color"] = "#000000",
        ["hint_color"] = "#999999",
        ["link_color"] = "#2481cc",
        ["button_color"] = "#2481cc",
        ["button_text_color"] = "#ffffff",
    };

    public static string Script(
        string initData,
        long telegramId,
        string language,
        bool light = false,
        string? startParam = null
    )
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
                start_param = startParam,
            },
            themeParams = light ? LightTheme : Theme,
            colorScheme = light ? "light" : "dark",
            version = "8.0",
            viewportStableHeight = 760,
        };
        return $$"""
            (() => {
              const webApp = {{JsonSerializer.Serialize(webApp)}};
              window.__tg = { ready: false, expanded: false, back: null, backVisible: false, main: null, mainText: null, mainVisible: false, haptics: 0 };
              webApp.ready = () => { window.__tg.ready = true; };
              webApp.expand = () => { window.__tg.expanded = true; };
              webApp.onEvent = () => {};
              webApp.openTelegramLink = (url) => { window.__tg.opened = url; };
              webApp.close = () => { window.__tg.closed = true; };
              webApp.BackButton = {
                show() { window.__tg.backVisible = true; },
                hide() { window.__tg.backVisible = false; },
                onClick(handler) { window.__tg.back = handler; },
                offClick() { window.__tg.back = null; },
              };
              webApp.MainButton = {
                setParams(p) { window.__tg.mainText = p.text; window.__tg.mainVisible = p.is_visible; },
                hide() { window.__tg.mainVisible = false; },
                onClick(handler) { window.__tg.main = handler; },
                offClick() { window.__tg.main = null; },
              };
              const count = () => { window.__tg.haptics++; };
              webApp.HapticFeedback = { impactOccurred: count, notificationOccurred: count, selectionChanged: count };
              window.Telegram = { WebApp: webApp };
            })();
            """;
    }
}
