using CarPass.Bot.Routing;
using CarPass.Data.Passports;
using CarPass.Domain.Common;
using CarPass.Domain.Maintenance;

namespace CarPass.Bot.Flows.Passport;

/// <summary>The passport as a chat message: the same numbers the Mini App shows, from the same reader.</summary>
public static class PassportText
{
    public static string Render(BotContext ctx, PassportView view, bool withImprovements)
    {
        var v = view.Vehicle;
        var p = view.Passport;
        var lines = new List<string> { Title(v.Name, v.Year) };
        lines.Add(
            ctx.T(
                "bot.passport.quality",
                p.Completeness.Score,
                ctx.Raw($"profile_quality.{SnakeCase.Of(p.Completeness.Quality)}")
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
            $"{HealthMark(p.Maintenance.Status)} {ctx.T("bot.passport.health", ctx.Raw($"maintenance_status.{SnakeCase.Of(p.Maintenance.Status)}"))}"
        );
        if (v.CurrentOdometerKm is { } km)
            lines.Add(ctx.T("bot.passport.odometer", km));
        foreach (var due in p.Maintenance.Reminders.Where(r => r.Due is ReminderDue.Overdue or ReminderDue.DueSoon))
            lines.Add(
                $"  • {ctx.T($"service_kind.{SnakeCase.Of(due.Kind)}")} — {ctx.T($"reminder_due.{SnakeCase.Of(due.Due)}")}"
            );
        if (view.PendingVisits > 0)
            lines.Add(ctx.T("bot.passport.pending_visits", view.PendingVisits));
        if (withImprovements && view.NextActions.Count > 0)
        {
            lines.Add("");
            lines.Add(Html.Bold(ctx.T("bot.passport.improve")));
            lines.AddRange(
                view.NextActions.Select(m => $"• {ctx.T($"missing.{m.Code}.title")} — {ctx.T($"missing.{m.Code}.why")}")
            );
        }
        return string.Join('\n', lines);
    }

    public static string Title(string name, int? year) =>
        year is { } y ? $"{Html.Bold(Html.Escape(name))} · {y}" : Html.Bold(Html.Escape(name));

    public static string HealthMark(MaintenanceStatus status) =>
        status switch
        {
            MaintenanceStatus.Green => "🟢",
            MaintenanceStatus.Yellow => "🟡",
            _ => "🔴",
        };
}
