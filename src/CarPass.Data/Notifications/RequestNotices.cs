using CarPass.Data.Access;
using CarPass.Data.Requests;
using CarPass.Data.WritePath;
using CarPass.Domain.Common;
using CarPass.Domain.Notifications;
using Microsoft.EntityFrameworkCore;

namespace CarPass.Data.Notifications;

/// <summary>
/// The owner's first notice of a request (a visit to confirm, a change to approve, access to
/// allow), queued in the outbox by the write that creates the request, in its transaction: what
/// the centre was told was asked is never lost. It is due at once, or when the owner's quiet hours
/// end; the sender looks at switches and mutes when it goes. The rows queued in this scope (one bot
/// update) are remembered by request, so the update can send them right after its commit.
/// </summary>
public sealed class RequestNotices(VehicleAccessReader access)
{
    private readonly Dictionary<Guid, Guid> _rowOfRequest = [];

    /// <summary>The outbox row this scope queued for the request, if any.</summary>
    public Guid? RowOf(Guid requestId) => _rowOfRequest.TryGetValue(requestId, out var row) ? row : null;

    public async Task QueueAsync(
        WriteScope scope,
        NotificationKind kind,
        Guid requestId,
        Guid vehicleId,
        Guid? centerId,
        CancellationToken ct,
        DateTime? visitDate = null,
        VehicleField? field = null
    )
    {
        if (await access.OwnerOfAsync(vehicleId, scope.Now, ct) is not { } ownerId)
            return;
        var owner = await scope.Db.Users.AsNoTracking().FirstAsync(u => u.Id == ownerId, ct);
        var centerName = centerId is { } c
            ? await scope.Db.ServiceCenters.Where(s => s.Id == c).Select(s => s.Name).FirstOrDefaultAsync(ct)
            : null;
        var facts = new NudgeFacts
        {
            CenterName = centerName,
            Since = visitDate,
            Field = field is { } f ? SnakeCase.Of(f) : null,
        };
        var candidate = new NudgeCandidate(
            vehicleId,
            kind,
            [PendingRequestReader.RequestItem(requestId)],
            facts,
            centerId,
            scope.Now
        );
        var decision = NotificationPolicy.FirstNotice(
            candidate,
            OwnerSettingsMap.From(owner, new HashSet<Guid>()),
            scope.Now
        );
        var row = new OutboxMessage
        {
            UserId = ownerId,
            VehicleId = vehicleId,
            Kind = kind,
            PeriodKey = decision.PeriodKey!,
            PayloadJson = new NudgePayload(candidate.Items, facts, centerId).ToJson(),
            NotBefore = decision.NotBefore!.Value,
            CreatedAt = scope.Now,
        };
        scope.Db.Outbox.Add(row);
        _rowOfRequest[requestId] = row.Id;
    }
}
