using CarPass.Bot.Flows.Notices;
using CarPass.Bot.Notifications;
using CarPass.Data.Notifications;
using CarPass.Data.ServiceCenters;
using CarPass.Data.Vehicles;

namespace CarPass.Bot.Flows.Centers;

/// <summary>The owner's Approve / Reject notice of a proposed change (typed by staff or read from their photo), with mute.</summary>
public sealed class ChangeNotices(OwnerRequestReader requests, CenterReader centers, VehicleReader vehicles)
{
    /// <summary>Null when the request or its vehicle is gone.</summary>
    public async Task<RenderedNudge?> ComposeAsync(Speaker s, Guid requestId, CancellationToken ct)
    {
        if (await requests.ChangeAsync(requestId, ct) is not { } request)
            return null;
        var vehicle = await vehicles.FindAsync(request.VehicleId, ct);
        var center = request.ServiceCenterId is { } c ? await centers.CardAsync(c, ct) : null;
        if (vehicle is null)
            return null;
        var text = s.T(
            "bot.change.owner_ask",
            center?.Name ?? "",
            s.Raw($"bot.spec.field.{VehicleFieldKeys.Of[request.Field]}"),
            vehicle.Name,
            request.PreviousValue ?? "—",
            request.ProposedValue
        );
        return new RenderedNudge(text, ChangeRequestKeyboard.For(s, request.Id, request.ServiceCenterId));
    }
}
