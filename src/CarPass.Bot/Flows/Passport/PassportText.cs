using CarPass.Bot.Routing;
using CarPass.Data.Passports;
using CarPass.Domain.Common;
using CarPass.Domain.Maintenance;
using CarPass.Domain.Scoring;

namespace CarPass.Bot.Flows.Passport;

/// <summary>The passport as a chat message: the same numbers the Mini App shows, from the same reader.</summary>
public static class PassportText
{
    public static HtmlText Render(BotContext ctx, PassportView view, bool withImprovements)
    {
        var v = view.Vehicle;
        var p = view.Passport;
        var lines = new List<HtmlText> { Title(v.Name, v.Year) };
        lines.Add(
            ctx.T(
                "bot.passport.quality",
                p.Completeness.Score,
                ctx.Raw(ProfileQualityLabel.Key(p.Completeness.Quality, p.History.Status))
            )
        );
        lines.Add(
            ctx.T(
                "bot.passport.history",
                ctx.Raw($"history_status.{SnakeCase.Of(p.History.Status)}"),
                p.History.TrustedRecords,
                p.History.TotalRecords
            )
        );
        lines.Add(
            Html.Of(
                $"{HealthMark(p.Maintenance.Status)} {ctx.T("bot.passport.health", ctx.Raw($"maintenance_status.{SnakeCase.Of(p.Maintenance.Status)}"))}"
            )
        );
        if (v.CurrentOdometerKm is { } km)
            lines.Add(ctx.T("bot.passport.odometer", km));
        foreach (var due in p.Maintenance.Reminders.Where(r => r.Due is ReminderDue.Overdue or ReminderDue.DueSoon))
            lines.Add(
                Html.Of(
                    $"  • {ctx.T($"service_kind.{SnakeCase.Of(due.Kind)}")} — {ctx.T($"reminder_due.{SnakeCase.Of(due.Due)}")}"
                )
            );
        if (view.PendingVisits > 0)
            lines.Add(ctx.T("bot.passport.pending_visits", view.PendingVisits));
        if (p.History.UnresolvedDisputes > 0)
            lines.Add(ctx.T("bot.passport.disputes", p.History.UnresolvedDisputes));
        if (withImprovements && view.NextActions.Count > 0)
        {
            lines.Add(HtmlText.Empty);
            lines.Add(Html.Bold(ctx.T("bot.passport.improve")));
            lines.AddRange(
                view.NextActions.Select(m =>
                    Html.Of($"• {ctx.T($"missing.{m.Code}.title")} — {ctx.T($"missing.{m.Code}.why")}")
                )
            );
        }
        return Html.Lines(lines);
    }

    public static HtmlText Title(string name, int? year) =>
        year is { } y ? Html.Of($"{Html.Bold(Html.Escape(name))} · {y}") : Html.Bold(Html.Escape(name));

    public static string HealthMark(MaintenanceStatus status) =>
        status switch
        {
            MaintenanceStatus.Green => "🟢",
            MaintenanceStatus.Yellow => "🟡",
            _ => "🔴",
        };
}
