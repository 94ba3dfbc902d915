using CarPass.Bot.Flows.Centers;
using CarPass.Bot.Replies;
using CarPass.Bot.Routing;
using CarPass.Data.ServiceCenters;
using CarPass.Data.Visits;
using Telegram.Bot.Types.ReplyMarkups;

namespace CarPass.Bot.Flows.Visits;

/// <summary>
/// The owner's visits of a car still waiting for them, each with its centre, work and Confirm; or,
/// when none waits, how to ask the centre to record it. Logging the service themselves and the
/// passport are offered either way.
/// </summary>
public static class CenterDidItScreen
{
    private const int WorkShown = 500;

    public static (HtmlText Html, InlineKeyboardMarkup Keyboard) Render(
        BotContext ctx,
        Guid vehicleId,
        string vehicleName,
        IReadOnlyList<ServiceVisit> visits,
        IReadOnlyDictionary<Guid, CenterCard> cards
    )
    {
        var id = CallbackData.Id(vehicleId);
        var rows = new List<InlineKeyboardButton[]>();
        HtmlText html;
        if (visits.Count == 0)
            html = ctx.T("bot.center_did.none", vehicleName);
        else
        {
            var lines = new List<HtmlText> { ctx.T("bot.center_did.pending", vehicleName) };
            foreach (var (visit, number) in visits.Select((v, i) => (v, i + 1)))
            {
                var center = cards.TryGetValue(visit.ServiceCenterId, out var card)
                    ? CenterText.Label(ctx.Speaker, card)
                    : HtmlText.Empty;
                lines.Add(HtmlText.Empty);
                lines.Add(Html.Of($"{number}. {ctx.T("bot.visit.date", visit.VisitDate)} · {center}"));
                // Five visits of long work would not fit one message: each shows its start.
                var work = TelegramLimits.FitPlain(VisitWorkText.Of(ctx.Speaker, visit), WorkShown);
                lines.Add(ctx.T("bot.visit.work", work));
                rows.Add([
                    Keyboards.Button(
                        ctx.Raw("bot.center_did.confirm", number),
                        CallbackData.ConfirmVisit,
                        CallbackData.Id(visit.Id)
                    ),
                ]);
            }
            html = Html.Lines(lines);
        }
        rows.Add([
            Keyboards.Button(ctx.Raw("notify.button.log_service"), CallbackData.StartFlow, FlowNames.Service, id),
        ]);
        rows.Add([Keyboards.Button(ctx.Raw("notify.button.passport"), CallbackData.Passport, id)]);
        return (html, new InlineKeyboardMarkup(rows));
    }
}
