using CarPass.Bot.Routing;
using CarPass.Data.Users;
using Telegram.Bot.Types.ReplyMarkups;

namespace CarPass.Bot.Flows.Settings;

/// <summary>
/// /settings' buttons: the language, the time zone and quiet hours, a switch per kind of nudge
/// (✓ on, ○ off), and Unmute for each muted centre.
/// </summary>
public static class SettingsKeyboard
{
    public static InlineKeyboardMarkup For(BotContext ctx, IReadOnlyList<MutedCenter> centres)
    {
        var n = ctx.User.Notifications;
        var toggles = NotificationToggles.All.Select(t =>
            Keyboards.Button(
                $"{(NotificationToggles.IsOn(n, t) ? "✓" : "○")} {ctx.Raw($"bot.settings.n.{t}")}",
                CallbackData.Settings,
                SettingsHandler.Notification,
                t
            )
        );
        var rows = new List<InlineKeyboardButton[]>
        {
            new[]
            {
                Keyboards.Button("Русский", CallbackData.Settings, SettingsHandler.Language, "ru"),
                Keyboards.Button("English", CallbackData.Settings, SettingsHandler.Language, "en"),
            },
            new[]
            {
                Keyboards.Button(
                    ctx.Raw("bot.settings.change_time_zone"),
                    CallbackData.Settings,
                    SettingsHandler.TimeZone
                ),
                Keyboards.Button(
                    ctx.Raw("bot.settings.change_quiet_hours"),
                    CallbackData.Settings,
                    SettingsHandler.QuietHours
                ),
            },
        };
        rows.AddRange(toggles.Chunk(2));
        rows.AddRange(
            centres.Select(c =>
                new[]
                {
                    Keyboards.Button(
                        ctx.Raw("bot.settings.unmute", c.Name),
                        CallbackData.Settings,
                        SettingsHandler.Unmute,
                        CallbackData.Id(c.CenterId)
                    ),
                }
            )
        );
        rows.Add([Keyboards.Button(ctx.Raw("bot.menu.garage"), CallbackData.Garage)]);
        return new InlineKeyboardMarkup(rows);
    }
}
