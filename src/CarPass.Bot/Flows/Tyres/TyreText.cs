using CarPass.Bot.Routing;
using CarPass.Data.Tyres;
using CarPass.Domain.Common;
using CarPass.Domain.Texts;
using CarPass.Domain.Tyres;

namespace CarPass.Bot.Flows.Tyres;

/// <summary>The tyre sets list: season, size, studs, on the car since / in storage, and the season due.</summary>
public static class TyreText
{
    public static string Name(BotContext ctx, TyreSeason season, string size, bool studded) =>
        ctx.Raw(
            studded ? "bot.tyres.name_studded" : "bot.tyres.name",
            ctx.Raw($"tyre_season.{SnakeCase.Of(season)}"),
            size
        );

    public static HtmlText List(BotContext ctx, string vehicleName, OwnedTyres owned)
    {
        var lines = new List<HtmlText> { ctx.T("bot.tyres.title", vehicleName), HtmlText.Empty };
        if (owned.Sets.Count == 0)
            lines.Add(ctx.T("bot.tyres.none"));
        foreach (var s in owned.Sets)
        {
            var name = Name(ctx, s.Season, s.Size, s.Studded);
            lines.Add(
                s.IsFitted
                    ? ctx.T(
                        s.FittedKm is { } km ? "bot.tyres.line_fitted_km" : "bot.tyres.line_fitted",
                        name,
                        new CalendarDay(s.FittedOn!.Value),
                        s.FittedKm ?? 0
                    )
                    : ctx.T("bot.tyres.line_stored", name)
            );
        }
        if (
            owned.SeasonDue is { } due
            && owned.Fitted is { } fitted
            && fitted.Season != due
            && fitted.Season != TyreSeason.AllSeason
        )
            lines.Add(ctx.T("bot.tyres.due", ctx.Raw($"tyre_season.{SnakeCase.Of(due)}")));
        if (owned.FirstFrost is { } frost)
            lines.Add(ctx.T("bot.tyres.frost", new CalendarDay(frost)));
        return Html.Lines(lines);
    }
}
