using CarPass.Bot.Flows.Notices;
using CarPass.Bot.Routing;
using CarPass.Data.Requests;

namespace CarPass.Bot.Flows.Centers;

/// <summary>The owner's answer to a proposed change; the proposing employee is told.</summary>
public sealed class ChangeDecisions(ChangeRequestUseCases changes, Recipients recipients)
{
    public async Task DecideAsync(BotContext ctx, Guid requestId, bool approve, CancellationToken ct)
    {
        var outcome = await changes.DecideAsync(ctx.User.Id, requestId, approve, ct);
        if (!outcome.IsSuccess)
        {
            ctx.Say(ctx.Error(outcome.Error!));
            return;
        }
        var request = outcome.Value!;
        if (await recipients.UserAsync(request.RequestedByUserId, ct) is { } employee)
            ctx.Replies.Send(
                employee.TelegramId,
                Speaker
                    .For(employee.Language)
                    .T(approve ? "bot.change.approved_notice" : "bot.change.rejected_notice", request.ProposedValue)
            );
        ctx.Say(
            approve ? ctx.T("bot.change.approved") : ctx.T("bot.change.rejected"),
            new(Keyboards.Button(ctx.T("bot.menu.passport"), CallbackData.Passport, CallbackData.Id(request.VehicleId)))
        );
    }
}
