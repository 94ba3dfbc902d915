using CarPass.Bot.Flows.Wizards;
using CarPass.Bot.Routing;
using CarPass.Data.Odometer;
using CarPass.Data.Visits;
using CarPass.Domain.Maintenance;
using Telegram.Bot.Types.ReplyMarkups;

namespace CarPass.Bot.Flows.Centers;

/// <summary>Staff record the work they did; the owner is asked to confirm, dispute or say "not mine".</summary>
public sealed class RecordVisitWizard(
    VisitUseCases visits,
    CenterSteps centerSteps,
    FlowSteps steps,
    VisitNotices notices,
    OdometerReader odometers
) : Wizard
{
    private const string Kinds = "kinds";
    private const string Work = "work";
    private const string MoreWork = "work_more";

    public override string Name => FlowNames.RecordVisit;
    public override string PresetKey => DraftKeys.Center;

    public override IReadOnlyList<WizardStep> Steps { get; } =
    [
        centerSteps.Center(),
        centerSteps.GrantedVehicle(),
        steps.Date("date", "bot.visit.ask_date", optional: false),
        FlowSteps.Odometer(
            "km",
            "bot.visit.ask_km",
            optional: true,
            async (ctx, d, km, ct) =>
                await odometers.ForCenterAsync(d.Id(DraftKeys.Center)!.Value, d.VehicleId!.Value, ct) is { } readings
                    ? VisitUseCases.OdometerOfVisit(km, steps.ReadMoment(ctx, d["date"]) ?? steps.Now, readings)
                    : null
        ),
        FlowSteps.SeveralOf<ServiceKind>(Kinds, "bot.visit.ask_kinds", "service_kind", "bot.visit.kinds_none"),
        // At least one kind or some text: without a kind the text is required, with one it is optional.
        FlowSteps.Text(Work, "bot.visit.ask_work", 2000, optional: false) with
        {
            When = d => !d.Has(Kinds),
        },
        FlowSteps.Text(MoreWork, "bot.visit.ask_work_more", 2000, optional: true) with
        {
            When = d => d.Has(Kinds),
        },
        FlowSteps.Text("parts", "bot.visit.ask_parts", 2000, optional: true),
        FlowSteps.Number("cost", "bot.visit.ask_cost", 0, 10_000_000, optional: true),
        FlowSteps.Text("note", "bot.visit.ask_note", 1000, optional: true),
    ];

    public override async Task<WizardOutcome> CompleteAsync(BotContext ctx, Draft d, CancellationToken ct)
    {
        var centerId = d.Id(DraftKeys.Center)!.Value;
        var kinds = SeveralChoices.Read(d[Kinds]).Select(Enum.Parse<ServiceKind>).ToList();
        var draft = new VisitDraft(
            steps.ReadMoment(ctx, d["date"]) ?? steps.Now,
            d[Work] ?? d[MoreWork] ?? "",
            d.Int("km"),
            d["parts"],
            d.Number("cost") is { } cost ? (long)Math.Round(cost * 100) : null,
            null,
            d["note"],
            kinds
        );
        var outcome = await visits.CreateAsync(ctx.User.Id, centerId, d.VehicleId!.Value, draft, ct);
        if (!outcome.IsSuccess)
            return outcome.Error.Code.StartsWith("odometer_", StringComparison.Ordinal)
                ? new WizardOutcome.AskAgain("km", ctx.Error(outcome.Error))
                : new WizardOutcome.Done(ctx.Error(outcome.Error));
        await notices.AskOwnerAsync(ctx, outcome.Value, ct);
        return new WizardOutcome.Done(
            Html.Of(
                $"{ctx.T("bot.visit.recorded")}\n{ctx.T("bot.visit.work", VisitWorkText.Of(ctx.Speaker, outcome.Value))}"
            ),
            new InlineKeyboardMarkup(
                Keyboards.Button(ctx.Raw("bot.menu.center"), CallbackData.Center, CallbackData.Id(centerId))
            )
        );
    }
}
