using CarPass.Bot.Flows.Specs;
using CarPass.Bot.Flows.Wizards;
using CarPass.Bot.Routing;
using CarPass.Data.Requests;

namespace CarPass.Bot.Flows.Centers;

/// <summary>Staff propose a new value for a vehicle detail; the owner approves or rejects it.</summary>
public sealed class ProposeChangeWizard(ChangeRequestUseCases changes, CenterSteps centerSteps, TimeProvider clock)
    : Wizard
{
    public override string Name => FlowNames.ProposeChange;
    public override string PresetKey => DraftKeys.Center;

    public override IReadOnlyList<WizardStep> Steps { get; } =
    [
        centerSteps.Center(),
        centerSteps.GrantedVehicle(),
        new(DraftKeys.Field, "bot.spec.field")
        {
            Choices = (ctx, _, _) =>
                Task.FromResult<IReadOnlyList<Choice>>(
                    VehicleFieldKeys
                        .Of.Select(f => new Choice(f.Key.ToString(), ctx.Raw($"bot.spec.field.{f.Value}")))
                        .ToList()
                ),
        },
        new("value", "bot.spec.value")
        {
            PromptArgs = (ctx, d) =>
                [
                    ctx.Raw($"bot.spec.field.{VehicleFieldKeys.Of[Field(d)]}"),
                    ctx.Raw($"bot.spec.hint.{VehicleFieldKeys.Of[Field(d)]}"),
                ],
            Parse = (ctx, d, text, _) =>
                Task.FromResult(
                    Field(d) == VehicleField.Odometer
                        ? FlowSteps.ParseKm(ctx, text)
                        : VehicleFieldInput.Parse(
                            ctx,
                            VehicleFieldKeys.Of[Field(d)],
                            text,
                            clock.GetUtcNow().UtcDateTime
                        )
                ),
        },
    ];

    public override async Task<WizardOutcome> CompleteAsync(BotContext ctx, Draft d, CancellationToken ct)
    {
        var field = Field(d);
        // The plate step answers "RU А123ВС77"; the request carries the plate itself.
        var value = field == VehicleField.Plate ? d["value"]!.Split(' ', 2)[^1] : d["value"]!;
        var outcome = await changes.ProposeAsync(
            ctx.User.Id,
            d.Id(DraftKeys.Center)!.Value,
            d.VehicleId!.Value,
            field,
            value,
            ChangeSource.ServiceCenter,
            ct
        );
        if (!outcome.IsSuccess)
            return Refusal.For(ctx, outcome.Error, "value");
        await AskOwnerAsync(ctx, outcome.Value, ct);
        return new WizardOutcome.Done(
            ctx.T("bot.change.proposed"),
            Keyboards.Next(Keyboards.ToCenter(ctx, d.Id(DraftKeys.Center)))
        );
    }

    /// <summary>
    /// The request's write queued the owner's Approve / Reject notice; it goes out right after the
    /// commit, quiet hours allowing. Also used for a value an employee read from a photo.
    /// </summary>
    public Task AskOwnerAsync(BotContext ctx, DataChangeRequest request, CancellationToken ct)
    {
        ctx.Replies.SendRequestNotice(request.Id);
        return Task.CompletedTask;
    }

    private static VehicleField Field(Draft d) => Enum.Parse<VehicleField>(d[DraftKeys.Field]!);
}
