using CarPass.Bot.Flows.Wizards;
using CarPass.Bot.Routing;
using CarPass.Data.Odometer;
using CarPass.Data.Service;
using CarPass.Domain.Common;
using CarPass.Domain.Maintenance;

namespace CarPass.Bot.Flows.Service;

/// <summary>Self-reported service: what, when, at what mileage, and a note.</summary>
public sealed class ServiceWizard(
    ServiceEntryUseCases service,
    FlowSteps steps,
    SavedReply saved,
    OdometerReader odometers
) : Wizard
{
    public override string Name => FlowNames.Service;

    public override IReadOnlyList<WizardStep> Steps { get; } =
    [
        steps.Vehicle(),
        new("kind", "bot.svc.kind") { Choices = FlowSteps.EnumChoices<ServiceKind>("service_kind") },
        steps.Date("date", "bot.svc.date", optional: false),
        FlowSteps.Odometer(
            "km",
            "bot.svc.odometer",
            optional: true,
            async (ctx, d, km, ct) =>
                await odometers.ForEditorAsync(ctx.User.Id, d.VehicleId!.Value, ct) is { } readings
                    ? ServiceEntryUseCases.OdometerOfService(
                        km,
                        steps.ReadMoment(ctx, d["date"]) ?? steps.Now,
                        readings
                    )
                    : null
        ),
        FlowSteps.Text("note", "bot.svc.note", 1000, optional: true),
    ];

    public override async Task<WizardOutcome> CompleteAsync(BotContext ctx, Draft d, CancellationToken ct)
    {
        var kind = Enum.Parse<ServiceKind>(d["kind"]!);
        var draft = new ServiceDraft(kind, steps.ReadMoment(ctx, d["date"]), d.Int("km"), d["note"]);
        var outcome = await service.LogAsync(ctx.User.Id, d.VehicleId!.Value, draft, ct);
        if (!outcome.IsSuccess)
            return Refusal.For(
                ctx,
                outcome.Error,
                outcome.Error.Code.StartsWith("odometer_", StringComparison.Ordinal) ? "km" : "date"
            );
        return await saved.DoneAsync(
            ctx,
            d.VehicleId.Value,
            ctx.T("bot.svc.saved", ctx.Raw($"service_kind.{SnakeCase.Of(kind)}")),
            ct
        );
    }
}
