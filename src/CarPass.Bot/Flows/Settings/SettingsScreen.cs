using CarPass.Bot.Routing;
using CarPass.Data.Users;

namespace CarPass.Bot.Flows.Settings;

/// <summary>/settings as text: language, time zone, quiet hours, and the centres muted.</summary>
public static class SettingsScreen
{
    public static HtmlText Render(BotContext ctx, IReadOnlyList<MutedCenter> centres)
    {
        var n = ctx.User.Notifications;
        var lines = new List<HtmlText>
        {
            Html.Bold(ctx.T("bot.settings.title")),
            ctx.T("bot.settings.language", ctx.Raw("bot.settings.language_name")),
            ctx.T("bot.settings.time_zone", ctx.User.TimeZone),
            n.QuietHoursStart == n.QuietHoursEnd
                ? ctx.T("bot.settings.quiet_hours_off")
                : ctx.T("bot.settings.quiet_hours", n.QuietHoursStart, n.QuietHoursEnd, ctx.User.TimeZone),
            HtmlText.Empty,
            ctx.T("bot.settings.notifications_hint"),
        };
        if (centres.Count > 0)
            lines.AddRange([
                HtmlText.Empty,
                ctx.T("bot.settings.muted_title"),
                .. centres.Select(c => Html.Of($"• {c.Name}")),
            ]);
        return Html.Lines(lines);
    }
}
