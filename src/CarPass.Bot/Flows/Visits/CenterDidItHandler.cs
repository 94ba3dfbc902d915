using CarPass.Bot.Flows.Centers;
using CarPass.Bot.Replies;
using CarPass.Bot.Routing;
using CarPass.Data.ServiceCenters;
using CarPass.Data.Vehicles;
using CarPass.Data.Visits;
using CarPass.Domain.Common;
using Telegram.Bot.Types.ReplyMarkups;

namespace CarPass.Bot.Flows.Visits;

/// <summary>
/// "A service centre did it" on an overdue nudge: the owner's visits of that car still waiting for
/// them, each with Confirm (confirming resets the reminders of its work), or, when none waits, how
/// to ask the centre to record the visit. Logging it themselves stays one tap away either way.
/// </summary>
public sealed class CenterDidItHandler(AwaitingVisitsReader awaiting, CenterReader centers, VehicleReader vehicles)
{
    private const int WorkShown = 500;

    public async Task ShowAsync(BotContext ctx, Guid vehicleId, CancellationToken ct)
    {
        var visits = await awaiting.ForOwnerAsync(ctx.User.Id, vehicleId, ct);
        if (visits is null || await vehicles.FindAsync(vehicleId, ct) is not { } vehicle)
        {
            ctx.Say(ctx.Error(new DomainError(ErrorCodes.VehicleNotFound)), Keyboards.BackToGarage(ctx));
            return;
        }
        var id = CallbackData.Id(vehicleId);
        var rows = new List<InlineKeyboardButton[]>();
        HtmlText html;
        if (visits.Count == 0)
            html = ctx.T("bot.center_did.none", vehicle.Name);
        else
        {
            var cards = await centers.CardsAsync([.. visits.Select(v => v.ServiceCenterId)], ct);
            var lines = new List<HtmlText> { ctx.T("bot.center_did.pending", vehicle.Name) };
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
        ctx.Say(html, new InlineKeyboardMarkup(rows));
    }
}
