using CarPass.Bot.Flows.Wizards;
using CarPass.Bot.Routing;
using CarPass.Data.Charging;
using CarPass.Data.Fuel;
using CarPass.Data.Odometer;
using CarPass.Domain.Common;
using CarPass.Domain.Vehicles;

namespace CarPass.Bot.Flows.Charging;

/// <summary>kWh added, optional price and charge levels, where it was charged, and the odometer.</summary>
public sealed class ChargeWizard(ChargingUseCases charging, FlowSteps steps, SavedReply saved, OdometerReader odometers)
    : Wizard
{
    public override string Name => FlowNames.Charge;

    public override IReadOnlyList<WizardStep> Steps { get; } =
    [
        steps.Vehicle(),
        FlowSteps.Number("kwh", "bot.charge.kwh", 0.1, ChargingUseCases.MaxKwh, optional: false),
        FlowSteps.Number("price", "bot.charge.price", 0, FuelUseCases.MaxPriceMinor / 100.0, optional: true),
        FlowSteps.Number("soc_before", "bot.charge.soc_before", 0, 100, optional: true),
        FlowSteps.Number("soc_after", "bot.charge.soc_after", 0, 100, optional: true),
        new("place", "bot.charge.place") { Choices = FlowSteps.EnumChoices<ChargingPlace>("charging_place") },
        FlowSteps.Odometer(
            "km",
            "bot.charge.odometer",
            optional: true,
            async (ctx, d, km, ct) =>
                await odometers.ForEditorAsync(ctx.User.Id, d.VehicleId!.Value, ct) is { } readings
                    ? OdometerRules.Assess(km, steps.Now, readings)
                    : null
        ),
    ];

    public override async Task<WizardOutcome> CompleteAsync(BotContext ctx, Draft d, CancellationToken ct)
    {
        var kwh = d.Number("kwh")!.Value;
        var draft = new ChargingDraft(
            kwh,
            Enum.Parse<ChargingPlace>(d["place"]!),
            d.Number("price") is { } price ? (long)Math.Round(price * 100) : null,
            SocBefore: Percent(d, "soc_before"),
            SocAfter: Percent(d, "soc_after"),
            OdometerKm: d.Int("km")
        );
        var outcome = await charging.LogAsync(ctx.User.Id, d.VehicleId!.Value, draft, ct);
        if (!outcome.IsSuccess)
            return Refusal.For(ctx, outcome.Error, StepOf(outcome.Error.Code));
        return await saved.DoneAsync(ctx, d.VehicleId.Value, ctx.T("bot.charge.saved", kwh), ct);
    }

    private static int? Percent(Draft d, string key) => d.Number(key) is { } value ? (int)Math.Round(value) : null;

    private static string StepOf(string code) =>
        code switch
        {
            _ when code.StartsWith("odometer_", StringComparison.Ordinal) => "km",
            ErrorCodes.SocOutOfRange or ErrorCodes.SocAfterBelowBefore => "soc_after",
            _ => "kwh",
        };
}
