using CarPass.Bot.Routing;
using CarPass.Data.ServiceCenters;
using CarPass.Data.Vehicles;
using CarPass.Data.Visits;
using CarPass.Domain.Common;

namespace CarPass.Bot.Flows.Visits;

/// <summary>
/// "A service centre did it" on an overdue nudge: the owner's visits of that car still waiting for
/// them, each with Confirm (confirming resets the reminders of its work), or, when none waits, how
/// to ask the centre to record the visit. Logging it themselves stays one tap away either way.
/// </summary>
public sealed class CenterDidItHandler(AwaitingVisitsReader awaiting, CenterReader centers, VehicleReader vehicles)
{
    public async Task ShowAsync(BotContext ctx, Guid vehicleId, CancellationToken ct)
    {
        var visits = await awaiting.ForOwnerAsync(ctx.User.Id, vehicleId, ct);
        if (visits is null || await vehicles.FindAsync(vehicleId, ct) is not { } vehicle)
        {
            ctx.Say(ctx.Error(new DomainError(ErrorCodes.VehicleNotFound)), Keyboards.BackToGarage(ctx));
            return;
        }
        var cards =
            visits.Count == 0
                ? new Dictionary<Guid, CenterCard>()
                : await centers.CardsAsync([.. visits.Select(v => v.ServiceCenterId)], ct);
        var (html, keyboard) = CenterDidItScreen.Render(ctx, vehicleId, vehicle.Name, visits, cards);
        ctx.Say(html, keyboard);
    }
}
