using CarPass.Bot.Flows.Wizards;
using CarPass.Bot.Routing;
using CarPass.Data.Vehicles;
using CarPass.Domain.Common;
using Microsoft.Extensions.DependencyInjection;
using Telegram.Bot.Types.ReplyMarkups;

namespace CarPass.Bot.Flows;

/// <summary>Finds a flow by its short name and starts it, choosing the vehicle when that is obvious.</summary>
public sealed class FlowStarter(
    IServiceProvider services,
    VehicleReader vehicles,
    Data.ServiceCenters.StaffReader staff
)
{
    private static readonly Dictionary<string, Type> Flows = new()
    {
        [FlowNames.AddVehicle] = typeof(AddVehicle.AddVehicleWizard),
        [FlowNames.Mileage] = typeof(Mileage.MileageWizard),
        [FlowNames.Fuel] = typeof(Fuel.FuelWizard),
        [FlowNames.Charge] = typeof(Charging.ChargeWizard),
        [FlowNames.Service] = typeof(Service.ServiceWizard),
        [FlowNames.Specs] = typeof(Specs.SpecsWizard),
        [FlowNames.Reminder] = typeof(Reminders.ReminderWizard),
        [FlowNames.TimeZone] = typeof(Settings.TimeZoneWizard),
        [FlowNames.QuietHours] = typeof(Settings.QuietHoursWizard),
        [FlowNames.RegisterCenter] = typeof(Centers.RegisterCenterWizard),
        [FlowNames.RejectCenter] = typeof(Centers.RejectCenterWizard),
        [FlowNames.FindVehicle] = typeof(Centers.FindVehicleWizard),
        [FlowNames.RecordVisit] = typeof(Centers.RecordVisitWizard),
        [FlowNames.ProposeChange] = typeof(Centers.ProposeChangeWizard),
        [FlowNames.Dispute] = typeof(Visits.DisputeWizard),
        [FlowNames.AnswerDispute] = typeof(Visits.AnswerDisputeWizard),
        [FlowNames.Document] = typeof(Documents.DocumentWizard),
        [FlowNames.Tyres] = typeof(Tyres.TyreWizard),
        [FlowNames.FirstFrost] = typeof(Tyres.FirstFrostWizard),
    };

    public static IEnumerable<Type> WizardTypes => Flows.Values;

    /// <summary>Whether the chat's answer to its current step may finish its flow, and so save (an unknown flow may).</summary>
    public bool MayFinish(Conversations.ConversationState state) =>
        Find(state.Flow) is not { } wizard || wizard.MayFinishAfter(new Draft(state.Draft), state.Step);

    public Wizard? Find(string name) =>
        Flows.TryGetValue(name, out var type) ? (Wizard)services.GetRequiredService(type) : null;

    public async Task StartAsync(BotContext ctx, string name, Dictionary<string, string> preset, CancellationToken ct)
    {
        var wizard = Find(name);
        if (wizard is null)
        {
            ctx.Say(ctx.T("bot.stale_button"), Keyboards.Main(ctx));
            return;
        }
        var draft = new Draft(preset);
        if (await wizard.MayStartAsync(ctx, draft, ct) is { } refused)
        {
            ctx.Refuse(refused);
            return;
        }
        // Starting a flow leaves the unfinished one, only once the new one may start.
        await Wizard.LeaveAsync(ctx, ct);
        // Staff flows pick among the centre's granted vehicles later; owner flows pick among their own.
        var forCenter = wizard.Steps.Any(s => s.Key == DraftKeys.Center);
        if (forCenter && !await ChooseCenterAsync(ctx, draft, ct))
            return;
        if (
            !forCenter
            && wizard.Steps.Any(s => s.Key == DraftKeys.Vehicle)
            && !await ChooseVehicleAsync(ctx, draft, ct)
        )
            return;
        await wizard.StartAsync(ctx, draft, ct);
    }

    /// <summary>Staff flows act for a centre the user works for; with one centre it is chosen for them.</summary>
    private async Task<bool> ChooseCenterAsync(BotContext ctx, Draft draft, CancellationToken ct)
    {
        var centers = await staff.CentersOfAsync(ctx.User.Id, ct);
        if (draft.Id(DraftKeys.Center) is { } chosen ? centers.Any(c => c.Id == chosen) : centers.Count > 0)
        {
            if (centers.Count == 1)
                draft[DraftKeys.Center] ??= CallbackData.Id(centers[0].Id);
            return true;
        }
        ctx.Say(ctx.Error(new DomainError(ErrorCodes.NotAnEmployee)), Keyboards.Main(ctx));
        return false;
    }

    /// <summary>False when there is no vehicle to act on (the user has been told what to do).</summary>
    private async Task<bool> ChooseVehicleAsync(BotContext ctx, Draft draft, CancellationToken ct)
    {
        var ids = (await vehicles.EditableAsync(ctx.User.Id, ct)).Select(v => v.Id).ToList();
        if (draft.VehicleId is { } chosen)
        {
            if (ids.Contains(chosen))
                return true;
            ctx.Say(ctx.T("bot.vehicle_gone"), Keyboards.BackToGarage(ctx));
            return false;
        }
        if (ids.Count == 0)
        {
            ctx.Say(
                ctx.T("bot.garage.empty"),
                new InlineKeyboardMarkup(
                    Keyboards.Button(ctx.Raw("bot.menu.add_vehicle"), CallbackData.StartFlow, FlowNames.AddVehicle)
                )
            );
            return false;
        }
        if (ids.Count == 1)
            draft[DraftKeys.Vehicle] = CallbackData.Id(ids[0]);
        return true;
    }
}
