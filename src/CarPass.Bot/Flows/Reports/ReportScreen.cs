using CarPass.Bot.Routing;
using CarPass.Domain.Reports;
using Telegram.Bot.Types.ReplyMarkups;

namespace CarPass.Bot.Flows.Reports;

/// <summary>
/// The report's questions as buttons, each carrying the answers so far ("rp:{car}:{f|m}:{days}:{y|n}").
/// </summary>
public static class ReportScreen
{
    public static InlineKeyboardMarkup Identity(BotContext ctx, string vehicle) =>
        Keyboards.Next(
            Keyboards.Button(ctx.Raw("bot.report.masked"), CallbackData.Report, vehicle, "m"),
            Keyboards.Button(ctx.Raw("bot.report.full"), CallbackData.Report, vehicle, "f")
        );

    public static InlineKeyboardMarkup Days(BotContext ctx, string vehicle, string identity) =>
        Keyboards.Next([
            .. ShareLinkLifetime.Offered.Select(d =>
                Keyboards.Button(ctx.Raw("bot.report.days_option", d), CallbackData.Report, vehicle, identity, $"{d}")
            ),
        ]);

    /// <summary>Show the first name (only when the person has one) or not.</summary>
    public static InlineKeyboardMarkup Name(BotContext ctx, string vehicle, string identity, string days)
    {
        var yes = string.IsNullOrWhiteSpace(ctx.User.FirstName)
            ? []
            : new[]
            {
                Keyboards.Button(
                    ctx.Raw("bot.report.name_yes", ctx.User.FirstName),
                    CallbackData.Report,
                    vehicle,
                    identity,
                    days,
                    "y"
                ),
            };
        return Keyboards.Next([
            .. yes,
            Keyboards.Button(ctx.Raw("bot.report.name_no"), CallbackData.Report, vehicle, identity, days, "n"),
        ]);
    }
}
