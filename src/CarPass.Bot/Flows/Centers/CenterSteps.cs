using CarPass.Bot.Flows.Wizards;
using CarPass.Bot.Routing;
using CarPass.Data.Access;
using CarPass.Data.Persistence;
using CarPass.Data.ServiceCenters;
using Microsoft.EntityFrameworkCore;

namespace CarPass.Bot.Flows.Centers;

/// <summary>Steps of the staff flows: which centre (when several) and which of the vehicles it may work on.</summary>
public sealed class CenterSteps(StaffQuery staff, VehicleAccessQuery access, CarPassDbContext db, TimeProvider clock)
{
    public WizardStep Center() =>
        new(DraftKeys.Center, "bot.center.pick")
        {
            When = d => !d.Has(DraftKeys.Center),
            ChoicesPerRow = 1,
            Choices = async (ctx, _, ct) =>
                (await staff.CentersOfAsync(ctx.User.Id, ct))
                    .Select(c => new Choice(CallbackData.Id(c.Id), Html.Escape(c.Name)))
                    .ToList(),
        };

    /// <summary>Only vehicles whose owner granted this centre access that is still live.</summary>
    public WizardStep GrantedVehicle() =>
        new(DraftKeys.Vehicle, "bot.center.pick_vehicle")
        {
            ChoicesPerRow = 1,
            Choices = async (_, d, ct) =>
            {
                var centerId = d.Id(DraftKeys.Center);
                var granted = access
                    .LiveGrants(clock.GetUtcNow().UtcDateTime)
                    .Where(g => g.ServiceCenterId == centerId)
                    .Select(g => g.VehicleId);
                var vehicles = await db.Vehicles.AsNoTracking().Where(v => granted.Contains(v.Id)).ToListAsync(ct);
                return vehicles
                    .Select(v => new Choice(CallbackData.Id(v.Id), CenterLabels.Masked(CenterLabels.Mask(v))))
                    .ToList();
            },
        };
}
