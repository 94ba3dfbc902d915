using CarPass.Bot.Flows.Passport;
using CarPass.Bot.Flows.Wizards;
using CarPass.Bot.Routing;
using CarPass.Data.Odometer;
using CarPass.Domain.Common;
using CarPass.Domain.Vehicles;

namespace CarPass.Bot.Flows.Mileage;

/// <summary>Log the odometer; an implausible jump is shown back and kept only when the owner insists.</summary>
public sealed class MileageWizard(
    OdometerUseCases odometer,
    FlowSteps steps,
    SavedReply saved,
    OdometerReader odometers
) : Wizard
{
    private const string Keep = "keep";
    private const string Retype = "retype";

    public override string Name => FlowNames.Mileage;

    public override IReadOnlyList<WizardStep> Steps { get; } =
    [
        steps.Vehicle(),
        // An implausible jump is not refused here: the next step shows it back and asks.
        FlowSteps.Odometer(
            "km",
            "bot.km.ask",
            optional: false,
            async (ctx, d, km, ct) =>
                await odometers.ForEditorAsync(ctx.User.Id, d.VehicleId!.Value, ct) is { } readings
                && OdometerRules.Assess(km, steps.Now, readings)
                    is { Code: not ErrorCodes.OdometerImplausibleJump } error
                    ? error
                    : null
        ),
        new("confirm", "bot.km.confirm")
        {
            When = d => d["jump"] == "ask",
            Choices = (ctx, _, _) =>
                Task.FromResult<IReadOnlyList<Choice>>([
                    new(Keep, ctx.Raw("bot.km.keep")),
                    new(Retype, ctx.Raw("bot.km.retype")),
                ]),
        },
    ];

    public override async Task<WizardOutcome> CompleteAsync(BotContext ctx, Draft d, CancellationToken ct)
    {
        if (d["confirm"] == Retype)
        {
            d["jump"] = null;
            d["confirm"] = null;
            return new WizardOutcome.AskAgain("km", ctx.T("bot.km.retype_hint"));
        }
        var km = d.Int("km")!.Value;
        var outcome = await odometer.LogAsync(
            ctx.User.Id,
            d.VehicleId!.Value,
            km,
            keepUnusual: d["confirm"] == Keep,
            ct
        );
        if (outcome.Error is { Code: ErrorCodes.OdometerImplausibleJump } jump)
        {
            d["jump"] = "ask";
            return new WizardOutcome.AskAgain("confirm", ctx.Error(jump));
        }
        if (!outcome.IsSuccess)
            return Refusal.For(ctx, outcome.Error, "km");
        var savedKey = outcome.Value.IsFlagged ? "bot.km.saved_flagged" : "bot.km.saved";
        return await saved.DoneAsync(ctx, d.VehicleId.Value, ctx.T(savedKey, km), ct);
    }
}
