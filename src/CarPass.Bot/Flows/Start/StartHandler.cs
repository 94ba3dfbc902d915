using CarPass.Bot.Flows.Ownership;
using CarPass.Bot.Flows.Passport;
using CarPass.Bot.Routing;
using CarPass.Data.ServiceCenters;

namespace CarPass.Bot.Flows.Start;

/// <summary>/start: a short welcome with the main actions, or the flow a deep link names.</summary>
public sealed class StartHandler(
    NextActions nextActions,
    FlowStarter flows,
    PassportHandler passports,
    TeamUseCases team,
    TransferHandler transfers
)
{
    public async Task HandleAsync(BotContext ctx, string? payload, CancellationToken ct)
    {
        if (payload is { Length: > 0 and <= 64 } && await DeepLinkAsync(ctx, payload, ct))
            return;
        ctx.Say(
            $"{Html.Bold(ctx.T("bot.welcome.title", ctx.User.FirstName))}\n{ctx.T("bot.welcome.body")}",
            Keyboards.Main(ctx)
        );
    }

    private async Task<bool> DeepLinkAsync(BotContext ctx, string payload, CancellationToken ct)
    {
        if (FixDeepLink.Parse(payload) is var (code, vehicleId))
            await nextActions.RunAsync(ctx, code, vehicleId, ct);
        else if (payload == DeepLinks.AddVehicle)
            await flows.StartAsync(ctx, FlowNames.AddVehicle, [], ct);
        else if (
            payload.StartsWith(DeepLinks.Passport, StringComparison.Ordinal)
            && CallbackData.ParseId(payload[DeepLinks.Passport.Length..]) is { } id
        )
            await passports.ShowAsync(ctx, id, ct);
        else if (payload.StartsWith(DeepLinks.Invite, StringComparison.Ordinal))
            await JoinAsync(ctx, payload[DeepLinks.Invite.Length..], ct);
        else if (payload.StartsWith(DeepLinks.Transfer, StringComparison.Ordinal))
            await transfers.PreviewAsync(ctx, payload[DeepLinks.Transfer.Length..], ct);
        else
            return false;
        return true;
    }

    private async Task JoinAsync(BotContext ctx, string code, CancellationToken ct)
    {
        var joined = await team.AcceptAsync(ctx.User.Id, code, ct);
        if (!joined.IsSuccess)
        {
            ctx.Say(ctx.Error(joined.Error), Keyboards.Main(ctx));
            return;
        }
        ctx.Say(
            ctx.T("bot.center.joined"),
            new(
                Keyboards.Button(
                    ctx.Raw("bot.menu.center"),
                    CallbackData.Center,
                    CallbackData.Id(joined.Value.ServiceCenterId)
                )
            )
        );
    }
}
