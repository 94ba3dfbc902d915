using CarPass.Bot.Flows.Access;
using CarPass.Bot.Flows.Centers;
using CarPass.Bot.Flows.Notices;
using CarPass.Bot.Routing;
using CarPass.Data.Notifications;
using CarPass.Domain.Notifications;
using CarPass.Domain.Texts;

namespace CarPass.Bot.Notifications;

/// <summary>
/// The first notice of a request, composed when it is sent, as the service flows always showed it
/// (the visit as recorded, the change proposed, the centre asking) with its decision buttons.
/// </summary>
public sealed class RequestNoticeComposer(VisitNotices visits, ChangeNotices changes, AccessNotices access)
{
    /// <summary>Null when what the row asks about is gone.</summary>
    public Task<RenderedNudge?> ComposeAsync(ClaimedNudge row, CancellationToken ct)
    {
        var s = new Speaker(Languages.FromCode(row.Language), row.Owner.TimeZone);
        if (row.Nudge.Payload.Covers.Select(CallbackData.ParseId).FirstOrDefault() is not { } request)
            return Task.FromResult<RenderedNudge?>(null);
        return row.Nudge.Kind switch
        {
            NotificationKind.VisitAwaitingConfirmation => visits.ComposeAsync(s, request, ct),
            NotificationKind.DataChangePending => changes.ComposeAsync(s, request, ct),
            NotificationKind.AccessRequestPending => access.ComposeAsync(s, request, ct),
            _ => Task.FromResult<RenderedNudge?>(null),
        };
    }

    /// <summary>A request's first nudge is its full notice; a reminder is the short text.</summary>
    public static bool Composes(QueuedNudge nudge) =>
        NotificationKinds.IsConfirmationRequest(nudge.Kind) && nudge.Repeat == 0;
}
