using CarPass.Bot.Flows.Notices;
using CarPass.Bot.Routing;
using CarPass.Data.Requests;
using CarPass.Data.Users;

namespace CarPass.Bot.Flows.Centers;

/// <summary>The owner's answer to a proposed change; the proposing employee is told while still active at the centre.</summary>
public sealed class ChangeDecisionHandler(ChangeRequestUseCases changes, RecipientReader recipients)
{
    public async Task DecideAsync(BotContext ctx, Guid requestId, bool approve, CancellationToken ct)
    {
        var outcome = await changes.DecideAsync(ctx.User.Id, requestId, approve, ct);
        if (!outcome.IsSuccess)
        {
            ctx.Refuse(outcome.Error);
            return;
        }
        var request = outcome.Value;
        var told =
            request.ServiceCenterId is { } centerId
                ? await recipients.AudienceAsync(centerId, request.RequestedByUserId, ct)
            : await recipients.UserAsync(request.RequestedByUserId, ct) is { } requester ? [requester]
            : [];
        foreach (var person in told.Where(p => p.Id != ctx.User.Id))
            ctx.Replies.Send(
                person.TelegramId,
                Speaker
                    .For(person)
                    .T(approve ? "bot.change.approved_notice" : "bot.change.rejected_notice", request.ProposedValue)
            );
        ctx.Say(
            approve ? ctx.T("bot.change.approved") : ctx.T("bot.change.rejected"),
            new(
                Keyboards.Button(
                    ctx.Raw("bot.menu.passport"),
                    CallbackData.Passport,
                    CallbackData.Id(request.VehicleId)
                )
            )
        );
    }
}
