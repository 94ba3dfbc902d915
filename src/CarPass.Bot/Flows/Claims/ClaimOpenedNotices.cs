using CarPass.Bot.Flows.Notices;
using CarPass.Bot.Routing;
using CarPass.Data.Claims;
using CarPass.Data.Users;

namespace CarPass.Bot.Flows.Claims;

/// <summary>A new claim: every operator gets it to review, with both sides and the decision buttons.</summary>
public sealed class ClaimOpenedNotices(ClaimReader reader, RecipientReader recipients, TimeProvider clock)
{
    public async Task TellAsync(BotContext ctx, Guid claimId, CancellationToken ct)
    {
        if (await reader.OneAsync(claimId, clock.GetUtcNow().UtcDateTime, ct) is not { } review)
            return;
        foreach (var op in await recipients.OperatorsAsync(ct))
        {
            var speaker = Speaker.For(op);
            ctx.Replies.Send(op.TelegramId, ClaimText.Render(speaker, review), ClaimKeyboard.For(speaker, review.Id));
        }
    }
}
