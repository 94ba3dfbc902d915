using CarPass.Bot.Flows.Wizards;
using CarPass.Bot.Routing;
using CarPass.Data.Access;
using CarPass.Data.ServiceCenters;

namespace CarPass.Bot.Flows.Centers;

/// <summary>Steps of the staff flows: which centre (when several) and which of the vehicles it may work on.</summary>
public sealed class CenterSteps(StaffReader staff, GrantReader grants)
{
    public WizardStep Center() =>
        new(DraftKeys.Center, "bot.center.pick")
        {
            When = d => !d.Has(DraftKeys.Center),
            ChoicesPerRow = 1,
            Choices = async (ctx, _, ct) =>
                (await staff.CentersOfAsync(ctx.User.Id, ct))
                    .Select(c => new Choice(CallbackData.Id(c.Id), c.Name))
                    .ToList(),
        };

    /// <summary>Only vehicles whose owner granted this centre access that is still live.</summary>
    public WizardStep GrantedVehicle() =>
        new(DraftKeys.Vehicle, "bot.center.pick_vehicle")
        {
            ChoicesPerRow = 1,
            Choices = async (_, d, ct) =>
                d.Id(DraftKeys.Center) is { } centerId
                    ? (await grants.CenterVehiclesAsync(centerId, ct))
                        .Select(v => new Choice(CallbackData.Id(v.VehicleId), CenterText.MaskedPlain(v)))
                        .ToList()
                    : [],
        };
}
