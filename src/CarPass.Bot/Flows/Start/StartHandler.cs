using CarPass.Bot.Routing;

namespace CarPass.Bot.Flows.Start;

/// <summary>/start: a short welcome with the main actions, or the flow a deep link names.</summary>
public sealed class StartHandler(NextActions nextActions)
{
    public async Task HandleAsync(BotContext ctx, string? payload, CancellationToken ct)
    {
        if (payload is { Length: > 0 and <= 64 } && NextActions.ParseDeepLink(payload) is var (code, vehicleId))
        {
            await nextActions.RunAsync(ctx, code, vehicleId, ct);
            return;
        }
        ctx.Say(
            $"{Html.Bold(ctx.T("bot.welcome.title", ctx.User.FirstName))}\n{ctx.T("bot.welcome.body")}",
            Keyboards.Main(ctx)
        );
    }
}
