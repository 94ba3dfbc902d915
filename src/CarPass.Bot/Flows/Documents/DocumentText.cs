using CarPass.Bot.Routing;
using CarPass.Data.Documents;
using CarPass.Domain.Common;
using CarPass.Domain.Documents;
using CarPass.Domain.Texts;

namespace CarPass.Bot.Flows.Documents;

/// <summary>The documents list: kind, masked number, and valid until / days left / expired / renewed.</summary>
public static class DocumentText
{
    public static string Kind(BotContext ctx, DocumentKind kind) => ctx.Raw($"document_kind.{SnakeCase.Of(kind)}");

    public static HtmlText List(BotContext ctx, string vehicleName, OwnedDocuments owned)
    {
        var title = ctx.T("bot.docs.title", vehicleName);
        if (owned.Items.Count == 0)
            return Html.Of($"{title}\n\n{ctx.T("bot.docs.none")}");
        var lines = owned.Items.Select(d => Line(ctx, owned, d));
        return Html.Of($"{title}\n\n{Html.Lines(lines)}");
    }

    private static HtmlText Line(BotContext ctx, OwnedDocuments owned, DocumentView d)
    {
        var kind = Kind(ctx, d.Kind);
        var photo = d.HasPhoto ? " 📷" : "";
        if (owned.IsLapsed(d))
            return ctx.T(
                owned.IsRenewed(d) ? "bot.docs.line_renewed" : "bot.docs.line_lapsed",
                kind,
                d.MaskedNumber,
                new CalendarDay(d.ExpiresOn),
                photo
            );
        var left = owned.DaysLeft(d);
        return left <= DocumentNudges.FirstReminderDays
            ? ctx.T("bot.docs.line_soon", kind, d.MaskedNumber, new CalendarDay(d.ExpiresOn), photo, left)
            : ctx.T("bot.docs.line", kind, d.MaskedNumber, new CalendarDay(d.ExpiresOn), photo);
    }
}
