using System.Text;
using System.Text.Encodings.Web;
using CarPass.Data.Reports;
using CarPass.Domain.Common;
using CarPass.Domain.Scoring;
using CarPass.Domain.Texts;
using CarPass.Report;

namespace CarPass.Host.SharePage;

/// <summary>The public page's HTML, in the Mini App's dark style; every text from the catalogue, every value encoded.</summary>
internal static class SharePageHtml
{
    public static string Gone(Language language)
    {
        string T(string key) => TextCatalog.Get(language, key);
        return Page(
            language,
            T("report.page.gone_title"),
            $"<section class=\"card\"><h1>{E(T("report.page.gone_title"))}</h1><p class=\"sub\">{E(T("report.page.gone"))}</p></section>"
        );
    }

    public static string Live(Language language, ShareLink link, ReportContent content)
    {
        var words = new ReportWording(language, TimeZoneInfo.Utc);
        string T(string key, params object[] args) => words.T(key, args);
        var identity = content.Identity.Shown(link.FullIdentity);
        var p = content.Passport;
        var html = new StringBuilder();
        var made = link.AuthorFirstName is { } name
            ? T("report.page.made_by", link.ReportId, link.CreatedAt, name)
            : T("report.page.made", link.ReportId, link.CreatedAt);
        html.Append($"<section class=\"card\"><h1>{E(identity.Name)}</h1>");
        var model = string.Join(
            " · ",
            new[] { identity.MakeAndModel, identity.Year?.ToString() }.Where(s => !string.IsNullOrEmpty(s))
        );
        if (model.Length > 0)
            html.Append($"<p class=\"sub\">{E(model)}</p>");
        html.Append(
            $"<p>{E(T("report.vin", identity.Vin ?? T("report.not_given")))}<br>{E(T("report.plate", identity.Plate ?? T("report.not_given")))}</p>"
        );
        html.Append($"<p class=\"sub\">{E(made)}</p></section>");
        html.Append(Changes(link, content, T));
        html.Append(
            Card(
                T("report.quality.title"),
                T(
                    "report.quality.line",
                    p.Completeness.Score,
                    T(ProfileQualityLabel.Key(p.Completeness.Quality, p.History.Status))
                ),
                T($"report.quality.means.{SnakeCase.Of(p.Completeness.Quality)}")
            )
        );
        html.Append(
            $"<section class=\"card\"><h2>{E(T("report.history.title"))}</h2><p class=\"big\">{E(T("report.history.line", T($"history_status.{SnakeCase.Of(p.History.Status)}"), p.History.TrustedRecords, p.History.TotalRecords))}</p>"
        );
        html.Append($"<h3 class=\"ok\">{E(T("report.verified.title"))}</h3><ul>");
        if (content.ConfirmedVisits.Count == 0)
            html.Append($"<li class=\"sub\">{E(T("report.verified.none"))}</li>");
        foreach (var v in content.ConfirmedVisits)
        {
            html.Append($"<li>✓ {E(words.When(v.Date, v.OdometerKm))} — {E(words.Center(v))}");
            if (words.Work(v) is { Length: > 0 } work)
                html.Append($"<br><span class=\"sub\">{E(work)}</span>");
            html.Append("</li>");
        }
        html.Append($"</ul><h3>{E(T("report.self.title"))}</h3><p class=\"sub\">{E(T("report.self.note"))}</p><ul>");
        if (content.SelfReported.Count == 0)
            html.Append($"<li class=\"sub\">{E(T("report.self.none"))}</li>");
        foreach (var s in content.SelfReported)
            html.Append($"<li>• {E(words.When(s.Date, s.OdometerKm))} — {E(words.Kind(s.Kind))}</li>");
        html.Append("</ul></section>");
        var odometer = p.Maintenance.CurrentOdometerKm is { } current
            ? T("report.odometer.current", current)
            : T("report.odometer.none");
        var flagged = content.Odometer.Count(o => o.Flagged);
        html.Append(
            Card(T("report.odometer.title"), odometer, flagged > 0 ? T("report.odometer.flagged", flagged) : null)
        );
        html.Append(
            Card(T("report.maintenance.title"), T($"maintenance_status.{SnakeCase.Of(p.Maintenance.Status)}"), null)
        );
        var unit = content.Consumption.Electric ? "electric" : "fuel";
        html.Append(
            Card(
                T("report.consumption.title"),
                content.Consumption.Average is { } avg
                    ? T($"report.consumption.{unit}", Math.Round(avg, 1), content.Consumption.Fills)
                    : T("report.consumption.none"),
                null
            )
        );
        html.Append(
            Card(
                T("report.ownership.title"),
                T("report.ownership.count", content.Ownership.Count),
                string.Join(
                    "; ",
                    content.Ownership.Select(o =>
                        o.To is { } to
                            ? T("report.ownership.period", o.From, to)
                            : T("report.ownership.current", o.From)
                    )
                )
            )
        );
        html.Append(
            Card(
                T("report.badges.title"),
                content.Badges.Count == 0
                    ? T("report.badges.none")
                    : string.Join(", ", content.Badges.Select(b => T($"achievement.{b}.title"))),
                null
            )
        );
        html.Append(
            $"<p class=\"sub foot\">{E(T("report.page.until", link.ExpiresAt))}<br>{E(T("report.about.body"))}</p>"
        );
        return Page(language, T("report.page.title"), html.ToString());
    }

    private static string Changes(ShareLink link, ReportContent content, Func<string, object[], string> t)
    {
        string T(string key, params object[] args) => t(key, args);
        string Km(int? km) => km is { } v ? T("report.page.km", v) : T("report.page.none");
        var lines = new List<string>();
        var now = ReportSnapshot.Of(content);
        if (now.Completeness != link.CompletenessAtReport)
            lines.Add(T("report.page.change_quality", link.CompletenessAtReport, now.Completeness));
        if (now.ConfirmedVisits != link.ConfirmedVisitsAtReport)
            lines.Add(T("report.page.change_visits", link.ConfirmedVisitsAtReport, now.ConfirmedVisits));
        if (now.OdometerKm != link.OdometerKmAtReport)
            lines.Add(T("report.page.change_odometer", Km(link.OdometerKmAtReport), Km(now.OdometerKm)));
        var body =
            lines.Count == 0
                ? $"<p class=\"sub\">{E(T("report.page.no_changes"))}</p>"
                : $"<ul>{string.Concat(lines.Select(l => $"<li>{E(l)}</li>"))}</ul>";
        return $"<section class=\"card\"><h2>{E(T("report.page.changes"))}</h2>{body}</section>";
    }

    private static string Card(string title, string main, string? note) =>
        $"<section class=\"card\"><h2>{E(title)}</h2><p class=\"big\">{E(main)}</p>"
        + (string.IsNullOrEmpty(note) ? "" : $"<p class=\"sub\">{E(note)}</p>")
        + "</section>";

    private static string E(string text) => HtmlEncoder.Default.Encode(text);

    private static string Page(Language language, string title, string body) =>
        $$"""
            <!doctype html>
            <html lang="{{(language == Language.Ru ? "ru" : "en")}}">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta name="robots" content="noindex, nofollow, noarchive">
            <meta name="referrer" content="no-referrer">
            <title>{{E(title)}}</title>
            <style>
            :root { --bg:#0c0f13; --panel:#141920; --text:#e7ebf0; --hint:#8b95a3; --accent:#4d8dff; --green:#3cc48d; --red:#ee6b6b; }
            * { box-sizing: border-box; }
            html, body { margin: 0; background: var(--bg); color: var(--text); }
            body { font: 15px/1.45 -apple-system, BlinkMacSystemFont, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
            main { max-width: 720px; margin: 0 auto; padding: 16px; }
            .brand { font-weight: 600; letter-spacing: .06em; font-size: 13px; text-transform: uppercase; color: var(--hint); margin: 4px 0 12px; }
            .card { background: var(--panel); border-radius: 16px; padding: 16px; margin-bottom: 12px; }
            h1 { font-size: 24px; margin: 0 0 4px; }
            h2 { font-size: 13px; font-weight: 600; margin: 0 0 10px; color: var(--hint); text-transform: uppercase; letter-spacing: .07em; }
            h3 { font-size: 15px; margin: 14px 0 6px; }
            h3.ok { color: var(--green); }
            .big { font-size: 17px; font-weight: 600; margin: 0; }
            .sub { color: var(--hint); font-size: 14px; margin: 6px 0 0; }
            ul { margin: 6px 0 0; padding-left: 4px; list-style: none; }
            li { margin: 4px 0; }
            .foot { margin-top: 16px; }
            </style>
            </head>
            <body><main><div class="brand">CarPass</div>
            {{body}}
            </main></body>
            </html>
            """;
}
