using CarPass.Bot.Flows.Wizards;
using CarPass.Bot.Routing;
using CarPass.Data.Reminders;
using CarPass.Data.Vehicles;
using CarPass.Domain.Common;
using CarPass.Domain.Maintenance;

namespace CarPass.Bot.Flows.Reminders;

/// <summary>A maintenance interval by kilometres and/or months, and when it was last done.</summary>
public sealed class ReminderWizard(
    ReminderUseCases reminders,
    FlowSteps steps,
    SavedReply saved,
    VehicleReader vehicles
) : Wizard
{
    public override string Name => FlowNames.Reminder;

    public override IReadOnlyList<WizardStep> Steps { get; } =
    [
        steps.Vehicle(),
        new("kind", "bot.rem.kind") { Choices = (ctx, d, ct) => KindsAsync(vehicles, ctx, d, ct) },
        FlowSteps.Number(
            "every_km",
            "bot.rem.every_km",
            ReminderUseCases.MinIntervalKm,
            ReminderUseCases.MaxIntervalKm,
            optional: true
        ),
        FlowSteps.Number("every_months", "bot.rem.every_months", 1, ReminderUseCases.MaxIntervalMonths, optional: true),
        steps.Date("last_date", "bot.rem.last_date", optional: true),
        FlowSteps.Odometer("last_km", "bot.rem.last_km", optional: true),
    ];

    /// <summary>Only the maintenance the car's drive type has: no oil change offered for an electric car.</summary>
    private static async Task<IReadOnlyList<Choice>> KindsAsync(
        VehicleReader vehicles,
        BotContext ctx,
        Draft d,
        CancellationToken ct
    )
    {
        var fuel = (await vehicles.EditableAsync(ctx.User.Id, d.VehicleId!.Value, ct))?.FuelType;
        var all = await FlowSteps.EnumChoices<ServiceKind>("service_kind")(ctx, d, ct);
        return [.. all.Where(c => DriveTypeMaintenance.Applies(fuel, Enum.Parse<ServiceKind>(c.Value)))];
    }

    public override async Task<WizardOutcome> CompleteAsync(BotContext ctx, Draft d, CancellationToken ct)
    {
        var kind = Enum.Parse<ServiceKind>(d["kind"]!);
        var draft = new ReminderDraft(
            kind,
            (int?)d.Number("every_km"),
            (int?)d.Number("every_months"),
            steps.ReadMoment(ctx, d["last_date"]),
            d.Int("last_km")
        );
        var outcome = await reminders.SetAsync(ctx.User.Id, d.VehicleId!.Value, draft, ct);
        if (!outcome.IsSuccess)
            return Refusal.For(
                ctx,
                outcome.Error,
                outcome.Error.Code == ErrorCodes.IntervalMonthsOutOfRange ? "every_months" : "every_km"
            );
        return await saved.DoneAsync(
            ctx,
            d.VehicleId.Value,
            ctx.T("bot.rem.saved", ctx.Raw($"service_kind.{SnakeCase.Of(kind)}")),
            ct
        );
    }
}
