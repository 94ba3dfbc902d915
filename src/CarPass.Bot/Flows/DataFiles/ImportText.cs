using CarPass.Bot.Routing;
using CarPass.Data.Import;
using CarPass.Domain.Common;

namespace CarPass.Bot.Flows.DataFiles;

/// <summary>What the import check says: the rows found, to import, duplicates, and the first rejections with their reasons.</summary>
public static class ImportText
{
    private const int RejectionsShown = 10;

    public static HtmlText Summary(BotContext ctx, ImportReport report, string vehicleName)
    {
        var lines = new List<HtmlText>
        {
            ctx.T(
                "bot.import.summary",
                FormatName(ctx, report.Format),
                vehicleName,
                report.RowsFound,
                report.Imported,
                report.Duplicates,
                report.Rejected.Count
            ),
        };
        if (report.Rejected.Count > 0)
        {
            lines.Add(ctx.T("bot.import.rejected_title"));
            lines.AddRange(
                report
                    .Rejected.Take(RejectionsShown)
                    .Select(r => ctx.T("bot.import.rejected_line", r.Line, ctx.Error(r.Reason)))
            );
            if (report.Rejected.Count > RejectionsShown)
                lines.Add(ctx.T("bot.import.rejected_more", report.Rejected.Count - RejectionsShown));
        }
        lines.Add(ctx.T("bot.import.self_reported"));
        return Html.Lines(lines);
    }

    public static string FormatName(BotContext ctx, ImportFormat format) =>
        ctx.Raw($"import.format.{SnakeCase.Of(format)}");
}
