using CarPass.Bot.Flows.Centers;
using CarPass.Bot.Flows.Notices;
using CarPass.Bot.Notifications;
using CarPass.Bot.Routing;
using CarPass.Data.Notifications;
using CarPass.Data.ServiceCenters;
using CarPass.Data.Vehicles;
using CarPass.Domain.ServiceCenters;

namespace CarPass.Bot.Flows.Access;

/// <summary>The owner's notice of a centre's access request: who asks, for 1, 7 or 30 days or deny, and mute.</summary>
public sealed class AccessNotices(OwnerRequestReader requests, CenterReader centers, VehicleReader vehicles)
{
    /// <summary>Null when the request, its centre or its vehicle is gone.</summary>
    public async Task<RenderedNudge?> ComposeAsync(Speaker s, Guid requestId, CancellationToken ct)
    {
        if (await requests.AccessAsync(requestId, ct) is not { } request)
            return null;
        var center = await centers.CardAsync(request.ServiceCenterId, ct);
        var vehicle = await vehicles.FindAsync(request.VehicleId, ct);
        if (center is null || vehicle is null)
            return null;
        var ask = Html.Of($"{s.T("bot.access.owner_ask", vehicle.Name)}\n{CenterText.Label(s, center)}");
        if (center.Verification != VerificationStatus.Verified)
            ask = Html.Of($"{ask}\n{s.T("bot.access.owner_unverified")}");
        return new RenderedNudge(ask, AccessRequestKeyboard.For(s, request.Id, request.ServiceCenterId));
    }
}
