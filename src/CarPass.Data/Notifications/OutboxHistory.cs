using CarPass.Data.Persistence;
using CarPass.Domain.Notifications;
using Microsoft.EntityFrameworkCore;

namespace CarPass.Data.Notifications;

/// <summary>
/// The outbox rows of some vehicles as the policy's history; the ids go as one JSON parameter, as in
/// <see cref="SweepReader"/>.
/// </summary>
public static class OutboxHistory
{
    private static readonly OutboxStatus[] Delivered = [OutboxStatus.Pending, OutboxStatus.Claimed, OutboxStatus.Sent];

    public static async Task<IReadOnlyList<(Guid VehicleId, PastNudge Nudge)>> ReadAsync(
        CarPassDbContext db,
        IReadOnlyCollection<Guid> vehicleIds,
        CancellationToken ct
    )
    {
        var rows = await db
            .Outbox.AsNoTracking()
            .Where(o => EF.Parameter(vehicleIds).Contains(o.VehicleId))
            .Select(o => new
            {
                o.VehicleId,
                o.Kind,
                o.PayloadJson,
                o.Status,
                o.NotBefore,
                o.SentAt,
            })
            .ToListAsync(ct);
        return
        [
            .. rows.Select(o =>
                (
                    o.VehicleId,
                    new PastNudge(
                        o.Kind,
                        NudgePayload.Read(o.PayloadJson).Covers,
                        o.SentAt ?? o.NotBefore,
                        Delivered.Contains(o.Status)
                    )
                )
            ),
        ];
    }
}
