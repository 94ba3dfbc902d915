using CarPass.Data.Persistence;
using CarPass.Data.WritePath;
using CarPass.Domain.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CarPass.Data.Notifications;

/// <summary>
/// The maintenance sweep: finds what owners should hear about and writes one outbox row per
/// (vehicle, kind, period). Each batch reads its history and writes its rows in one transaction, so
/// a sweep that runs twice, overlaps another, or is retried after a crash queues nothing twice.
/// </summary>
public sealed class NudgeSweep(
    CarPassDbContext db,
    WriteGate gate,
    SweepReader reader,
    TimeProvider clock,
    IOptions<NotificationOptions> options
)
{
    public async Task<SweepSummary> RunAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var rules = options.Value.ToRules();
        var vehicleIds = await reader.OwnedVehicleIdsAsync(now, ct);
        var queued = 0;
        foreach (var batch in vehicleIds.Chunk(Math.Max(1, options.Value.SweepBatchSize)))
            queued += await SweepBatchWithRetryAsync(batch, now, rules, ct);
        return new SweepSummary(vehicleIds.Count, queued);
    }

    /// <summary>
    /// On PostgreSQL two sweeps on two instances can plan the same nudge at the same moment; the
    /// unique (vehicle, kind, period) key lets one in, and the other re-plans its batch, now seeing
    /// that row in the history, instead of failing.
    /// </summary>
    private async Task<int> SweepBatchWithRetryAsync(Guid[] batch, DateTime now, NudgeRules rules, CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await SweepBatchAsync(batch, now, rules, ct);
            }
            catch (Exception e) when (attempt < 3 && WriteConflicts.IsConflict(e))
            {
                // Another sweep queued some of these first; plan the batch again.
            }
        }
    }

    private async Task<int> SweepBatchAsync(Guid[] batch, DateTime now, NudgeRules rules, CancellationToken ct)
    {
        // SQLite begins IMMEDIATE transactions: a second sweep waits here and then sees this one's rows.
        await using var transaction = await gate.BeginAsync(db, ct);
        try
        {
            var rows = new List<OutboxMessage>();
            foreach (var vehicle in await reader.ReadAsync(batch, now, ct))
            {
                var decisions = NotificationPolicy.Plan(vehicle.Candidates, vehicle.History, vehicle.Owner, now, rules);
                rows.AddRange(decisions.Where(d => d.Writes).Select(d => Row(vehicle.OwnerId, d, now)));
            }
            await WriteAsync(rows, ct);
            await transaction.CommitAsync(ct);
            return rows.Count;
        }
        finally
        {
            db.ChangeTracker.Clear();
        }
    }

    /// <summary>
    /// On SQLite (one writer, so no other sweep can queue the same row meanwhile) through one
    /// prepared INSERT: a first sweep writes tens of thousands of rows, and SaveChanges' command per
    /// row was a third of its time. On PostgreSQL through SaveChanges, whose unique-key error the
    /// retry above recognises.
    /// </summary>
    private async Task WriteAsync(List<OutboxMessage> rows, CancellationToken ct)
    {
        if (rows.Count == 0)
            return;
        if (!db.IsSqlite)
        {
            db.Outbox.AddRange(rows);
            await db.SaveChangesAsync(ct);
            return;
        }
        using var insert = new PreparedInsert<OutboxMessage>(db);
        foreach (var row in rows)
            insert.Insert(row);
    }

    private static OutboxMessage Row(Guid ownerId, NudgeDecision decision, DateTime now)
    {
        var c = decision.Candidate;
        return new OutboxMessage
        {
            UserId = ownerId,
            VehicleId = c.VehicleId,
            Kind = c.Kind,
            PeriodKey = decision.PeriodKey!,
            PayloadJson = new NudgePayload(c.Items, c.Facts, c.ServiceCenterId).ToJson(),
            NotBefore = decision.NotBefore!.Value,
            CreatedAt = now,
        };
    }
}
