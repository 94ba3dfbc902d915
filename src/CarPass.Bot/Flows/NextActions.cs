using CarPass.Bot.Flows.Wizards;
using CarPass.Bot.Routing;
using CarPass.Data.Vehicles;
using CarPass.Domain.Scoring;
using CarPass.Domain.Vehicles;

namespace CarPass.Bot.Flows;

/// <summary>
/// "What to improve" items as actions: each missing passport item opens the flow that fills it.
/// Used by the passport's buttons and by Mini App deep links (/start fix_{code}_{vehicle}).
/// </summary>
public sealed class NextActions(FlowStarter flows, VehicleReader vehicles)
{
    public const string DeepLinkPrefix = "fix_";

    private static readonly Dictionary<string, (string Flow, string? Field)> Targets = new()
    {
        [ContributorCodes.IdentityBaseline] = (FlowNames.Specs, "make"),
        [ContributorCodes.Vin] = (FlowNames.Specs, "vin"),
        [ContributorCodes.Plate] = (FlowNames.Specs, "plate"),
        [ContributorCodes.Odometer] = (FlowNames.Mileage, null),
        [ContributorCodes.FuelType] = (FlowNames.Specs, "fuel"),
        [ContributorCodes.ConsumptionBaseline] = (FlowNames.Specs, "consumption"),
        [ContributorCodes.EngineOilType] = (FlowNames.Specs, "oil_type"),
        [ContributorCodes.EngineOilVolume] = (FlowNames.Specs, "oil_volume"),
        [ContributorCodes.Fluids] = (FlowNames.Specs, null),
        [ContributorCodes.FuelEntry] = (FlowNames.Fuel, null),
        [ContributorCodes.ServiceRecord] = (FlowNames.Service, null),
        [ContributorCodes.InsuranceValid] = (FlowNames.Document, null),
    };

    public async Task RunAsync(BotContext ctx, string code, Guid vehicleId, CancellationToken ct)
    {
        if (!Targets.TryGetValue(code, out var target))
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

    /// <summary>Reads "fix_{code}_{vehicle id as 32 hex digits}"; codes may contain underscores.</summary>
    public static (string Code, Guid VehicleId)? ParseDeepLink(string payload)
    {
        if (!payload.StartsWith(DeepLinkPrefix, StringComparison.Ordinal))
            return null;
        var rest = payload[DeepLinkPrefix.Length..];
        var split = rest.LastIndexOf('_');
        if (split <= 0 || CallbackData.ParseId(rest[(split + 1)..]) is not { } id)
            return null;
        return (rest[..split], id);
    }
}
