using CarPass.Bot.Flows.Notices;
using CarPass.Bot.Routing;
using CarPass.Data.Requests;
using CarPass.Data.Users;

namespace CarPass.Bot.Flows.Centers;

/// <summary>The owner answered a proposed change: the proposing employee hears it while still active at the centre.</summary>
public sealed class ChangeDecidedNotices(RecipientReader recipients)
{
    public async Task TellAsync(BotContext ctx, DataChangeRequest request, bool approved, CancellationToken ct)
    {
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
                    .T(approved ? "bot.change.approved_notice" : "bot.change.rejected_notice", request.ProposedValue)
            );
    }
}
