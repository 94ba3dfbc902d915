using CarPass.Bot.Routing;
using CarPass.Data.Access;

namespace CarPass.Bot.Flows.Access;

/// <summary>Access to a vehicle: a centre asks, the owner answers for 1, 7 or 30 days, and can revoke any time.</summary>
public sealed class AccessHandler(AccessUseCases accessCases, GrantReader grants, AccessDecidedNotices notices)
{
    public async Task RequestAsync(BotContext ctx, Guid centerId, Guid vehicleId, CancellationToken ct)
    {
        var outcome = await accessCases.RequestAsync(ctx.User.Id, centerId, vehicleId, ct);
        if (!outcome.IsSuccess)
        {
            ctx.Replies.Send(ctx.ChatId, ctx.Error(outcome.Error));
            return;
        }
        // The request's write queued the owner's notice; it goes out right after the commit, quiet hours allowing.
        ctx.Replies.SendRequestNotice(outcome.Value.Id);
        ctx.Replies.Send(ctx.ChatId, ctx.T("bot.access.requested"), Keyboards.Next(Keyboards.ToCenter(ctx, centerId)));
    }

    public async Task DecideAsync(BotContext ctx, Guid requestId, int days, CancellationToken ct)
    {
        var outcome = await accessCases.DecideAsync(ctx.User.Id, requestId, days == 0 ? null : days, ct);
        if (!outcome.IsSuccess)
        {
            ctx.Refuse(outcome.Error);
            return;
        }
        await notices.TellAsync(ctx, outcome.Value, days, ct);
        ctx.Say(
            days == 0 ? ctx.T("bot.access.denied") : ctx.T("bot.access.granted", days),
            new(Keyboards.Button(ctx.Raw("bot.access.list"), CallbackData.Grants))
        );
    }

    /// <summary>Every live grant on the owner's vehicles, each with a Revoke button.</summary>
    public Task ListAsync(BotContext ctx, CancellationToken ct) => ListAsync(ctx, null, ct);

    /// <param name="doneHtml">What was just done (a grant revoked), said above the list.</param>
    private async Task ListAsync(BotContext ctx, HtmlText? doneHtml, CancellationToken ct)
    {
        var live = await grants.OnOwnedVehiclesAsync(ctx.User.Id, ct);
        var heading = doneHtml is { } done ? Html.Of($"{done}\n\n") : HtmlText.Empty;
        if (live.Count == 0)
        {
            ctx.Say(heading + ctx.T("bot.access.none"), Keyboards.BackToGarage(ctx));
            return;
        }
        var (html, keyboard) = GrantsScreen.Render(ctx, heading, live);
        ctx.Say(html, keyboard);
    }

    public async Task RevokeAsync(BotContext ctx, Guid grantId, CancellationToken ct)
    {
        var outcome = await accessCases.RevokeAsync(ctx.User.Id, grantId, ct);
        if (!outcome.IsSuccess)
        {
            ctx.Refuse(outcome.Error);
            return;
        }
        await ListAsync(ctx, ctx.T("bot.access.revoked"), ct);
    }
}
