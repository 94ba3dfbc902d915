using CarPass.Bot.Flows.Centers;
using CarPass.Bot.Flows.Notices;
using CarPass.Bot.Routing;
using CarPass.Data.Access;
using CarPass.Data.Lookup;
using CarPass.Data.Users;
using CarPass.Data.Vehicles;

namespace CarPass.Bot.Flows.Access;

/// <summary>The owner answered an access request: the centre's staff who asked hear for how long, or that it was denied.</summary>
public sealed class AccessDecidedNotices(RecipientReader recipients, VehicleReader vehicles)
{
    /// <param name="days">0 when denied.</param>
    public async Task TellAsync(BotContext ctx, AccessRequest request, int days, CancellationToken ct)
    {
        if (await vehicles.FindAsync(request.VehicleId, ct) is not { } vehicle)
            return;
        foreach (var employee in await recipients.AudienceAsync(request.ServiceCenterId, request.RequestedByUserId, ct))
        {
            var s = Speaker.For(employee);
            var masked = CenterText.MaskedPlain(MaskedVehicle.Of(vehicle));
            ctx.Replies.Send(
                employee.TelegramId,
                days == 0 ? s.T("bot.access.denied_notice", masked) : s.T("bot.access.granted_notice", masked, days)
            );
        }
    }
}
