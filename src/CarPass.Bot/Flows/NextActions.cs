using CarPass.Bot.Flows.Wizards;
using CarPass.Bot.Routing;
using CarPass.Data.Vehicles;
using CarPass.Domain.Vehicles;

namespace CarPass.Bot.Flows;

/// <summary>
/// "What to improve" items as actions: each missing passport item opens the flow that fills it.
/// Used by the passport's buttons and by Mini App deep links (/start fix_{code}_{vehicle}).
/// </summary>
public sealed class NextActions(FlowStarter flows, VehicleReader vehicles)
{
    public async Task RunAsync(BotContext ctx, string code, Guid vehicleId, CancellationToken ct)
    {
        if (MissingItemFlows.For(code) is not { } target)
        {
            // Items no flow can fill (a confirmed visit comes from a service centre; OBD is not here yet).
            ctx.Say(
                ctx.T($"missing.{code}.action"),
                new(Keyboards.Button(ctx.Raw("bot.menu.passport"), CallbackData.Passport, CallbackData.Id(vehicleId)))
            );
            return;
        }
        var preset = new Dictionary<string, string> { [DraftKeys.Vehicle] = CallbackData.Id(vehicleId) };
        if (target.Field is { } field)
            preset[DraftKeys.Field] = field;
        await flows.StartAsync(ctx, await FlowForAsync(ctx, target.Flow, vehicleId, ct), preset, ct);
    }

    /// <summary>An electric car earns the fuel log with a charging session: it has no fuel to log.</summary>
    private async Task<string> FlowForAsync(BotContext ctx, string flow, Guid vehicleId, CancellationToken ct) =>
        flow == FlowNames.Fuel
        && await vehicles.EditableAsync(ctx.User.Id, vehicleId, ct) is { FuelType: FuelType.Electric }
            ? FlowNames.Charge
            : flow;
}
