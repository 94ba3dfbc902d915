using CarPass.Bot.Flows.Wizards;
using CarPass.Bot.Input;
using CarPass.Bot.Routing;
using CarPass.Data.Fuel;
using CarPass.Data.Odometer;
using CarPass.Domain.Vehicles;

namespace CarPass.Bot.Flows.Fuel;

/// <summary>Litres, optional total price and odometer, and whether the tank was filled up.</summary>
public sealed class FuelWizard(FuelUseCases fuel, FlowSteps steps, SavedReply saved, OdometerReader odometers) : Wizard
{
    private const string Full = "full";
    private const string Partial = "partial";
    private const string FullAfterMissed = "missed";

    public override string Name => FlowNames.Fuel;

    public override IReadOnlyList<WizardStep> Steps { get; } =
    [
        steps.Vehicle(),
        FlowSteps.Number("litres", "bot.fuel.litres", 0.1, FuelUseCases.MaxLitres, optional: false),
        FlowSteps.Number("price", "bot.fuel.price", 0, FuelUseCases.MaxPriceMinor / 100.0, optional: true),
        FlowSteps.Odometer(
            "km",
            "bot.fuel.odometer",
            optional: true,
            async (ctx, d, km, ct) =>
                await odometers.ForEditorAsync(ctx.User.Id, d.VehicleId!.Value, ct) is { } readings
                    ? OdometerRules.Assess(km, steps.Now, readings)
                    : null
        ),
        new("fill", "bot.fuel.fill")
        {
            ChoicesPerRow = 1,
            Choices = (ctx, _, _) =>
                Task.FromResult<IReadOnlyList<Choice>>([
                    new(Full, ctx.Raw("bot.fuel.full")),
                    new(Partial, ctx.Raw("bot.fuel.partial")),
                    new(FullAfterMissed, ctx.Raw("bot.fuel.missed")),
                ]),
        },
    ];

    public override async Task<WizardOutcome> CompleteAsync(BotContext ctx, Draft d, CancellationToken ct)
    {
        var litres = d.Number("litres")!.Value;
        var draft = new FuelDraft(
            litres,
            d.Number("price") is { } price ? (long)Math.Round(price * 100) : null,
            null,
            d.Int("km"),
            IsFullTank: d["fill"] != Partial,
            MissedPrevious: d["fill"] == FullAfterMissed
        );
        var outcome = await fuel.LogAsync(ctx.User.Id, d.VehicleId!.Value, draft, ct);
        if (!outcome.IsSuccess)
            return Refusal.For(
                ctx,
                outcome.Error,
                outcome.Error.Code.StartsWith("odometer_", StringComparison.Ordinal) ? "km" : "litres"
            );
        return await saved.DoneAsync(ctx, d.VehicleId.Value, ctx.T("bot.fuel.saved", litres), ct);
    }
}
