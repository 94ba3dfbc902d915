using CarPass.Bot.Flows.AddVehicle;
using CarPass.Bot.Flows.Claims;
using CarPass.Bot.Flows.VinDecode;
using CarPass.Bot.Flows.Wizards;
using CarPass.Bot.Routing;
using CarPass.Data.Vehicles;
using CarPass.Domain.Vehicles;

namespace CarPass.Bot.Flows.Specs;

/// <summary>Edit one detail of a vehicle: identity, fuel, oil and fluids.</summary>
public sealed class SpecsWizard(
    VehicleUseCases vehicles,
    FlowSteps steps,
    SavedReply saved,
    ClaimOffer claims,
    SharedPlate plates,
    TimeProvider clock,
    VinProposal vinProposal
) : Wizard
{
    public override string Name => FlowNames.Specs;

    public override IReadOnlyList<WizardStep> Steps { get; } =
    [
        steps.Vehicle(),
        new(DraftKeys.Field, "bot.spec.field")
        {
            When = d => !d.Has(DraftKeys.Field),
            Choices = (ctx, _, _) =>
                Task.FromResult<IReadOnlyList<Choice>>(
                    VehicleFieldInput.Fields.Select(f => new Choice(f, ctx.Raw($"bot.spec.field.{f}"))).ToList()
                ),
        },
        new("value", "bot.spec.value")
        {
            PromptArgs = (ctx, d) =>
                [ctx.Raw($"bot.spec.field.{d[DraftKeys.Field]}"), ctx.Raw($"bot.spec.hint.{d[DraftKeys.Field]}")],
            Choices = (ctx, d, ct) =>
                d[DraftKeys.Field] == "fuel"
                    ? FlowSteps.EnumChoices<FuelType>("fuel_type")(ctx, d, ct)
                    : Task.FromResult<IReadOnlyList<Choice>>([]),
            Parse = (ctx, d, text, ct) =>
            {
                var typed = VehicleFieldInput.Parse(ctx, d[DraftKeys.Field]!, text, clock.GetUtcNow().UtcDateTime);
                return d[DraftKeys.Field] == "vin"
                    ? claims.CheckAsync(ctx, typed, d.VehicleId, ct)
                    : Task.FromResult(typed);
            },
        },
    ];

    public override async Task<WizardOutcome> CompleteAsync(BotContext ctx, Draft d, CancellationToken ct)
    {
        var field = d[DraftKeys.Field]!;
        var outcome = await vehicles.UpdateAsync(
            ctx.User.Id,
            d.VehicleId!.Value,
            VehicleFieldInput.ToChanges(field, d["value"]!),
            ct
        );
        if (!outcome.IsSuccess)
            return claims.Refusal(ctx, outcome.Error, "value", field == "vin" ? d["value"] : null, d.VehicleId);
        var note = field == "plate" ? await plates.NoteAsync(ctx, outcome.Value, ct) : HtmlText.Empty;
        var done = await saved.DoneAsync(
            ctx,
            d.VehicleId.Value,
            note + ctx.T("bot.spec.saved", ctx.Raw($"bot.spec.field.{field}")),
            ct
        );
        return field == "vin" && done is WizardOutcome.Done reply
            ? reply with
            {
                Then = vinProposal.For(ctx, outcome.Value),
            }
            : done;
    }
}
