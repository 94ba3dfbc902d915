using CarPass.Bot.Flows.Centers;
using CarPass.Bot.Flows.Notices;
using CarPass.Bot.Routing;
using CarPass.Data.Users;
using CarPass.Data.Visits;
using Telegram.Bot.Types.ReplyMarkups;

namespace CarPass.Bot.Flows.Visits;

/// <summary>An owner disputed a visit: the centre's managers may answer, the operators may resolve it.</summary>
public sealed class DisputeOpenedNotices(RecipientReader recipients)
{
    public async Task TellAsync(BotContext ctx, VisitDispute opened, CancellationToken ct)
    {
        var (dispute, visit) = opened;
        var id = CallbackData.Id(dispute.Id);
        foreach (var manager in await recipients.ManagersAsync(visit.ServiceCenterId, ct))
        {
            var s = Speaker.For(manager);
            ctx.Replies.Send(
                manager.TelegramId,
                s.T("bot.dispute.center_notice", VisitWorkText.Of(s, visit), dispute.Reason),
                new InlineKeyboardMarkup(
                    Keyboards.Button(s.Raw("bot.dispute.answer"), CallbackData.StartFlow, FlowNames.AnswerDispute, id)
                )
            );
        }
        foreach (var op in await recipients.OperatorsAsync(ct))
        {
            var s = Speaker.For(op);
            ctx.Replies.Send(
                op.TelegramId,
                s.T("bot.dispute.operator_notice", VisitWorkText.Of(s, visit), dispute.Reason),
                DisputeResolveKeyboard.For(s, id)
            );
        }
    }
}
