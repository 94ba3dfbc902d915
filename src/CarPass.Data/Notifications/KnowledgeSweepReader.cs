using CarPass.Data.Persistence;
using CarPass.Domain.Common;
using CarPass.Domain.Documents;
using CarPass.Domain.Notifications;
using CarPass.Domain.Tyres;
using Microsoft.EntityFrameworkCore;

namespace CarPass.Data.Notifications;

/// <summary>
/// Documents and tyres for the sweep, two queries per batch: what each vehicle's documents and
/// fitted set say on the owner's own calendar day (their time zone).
/// </summary>
public sealed class KnowledgeSweepReader(CarPassDbContext db)
{
    public async Task<KnowledgeSweepInput> ReadAsync(
        IReadOnlyCollection<Guid> ids,
        IReadOnlyCollection<Guid> ownerIds,
        CancellationToken ct
    )
    {
        var documents = await db
            .VehicleDocuments.AsNoTracking()
            .Where(d => EF.Parameter(ids).Contains(d.VehicleId) && d.DeletedAt == null)
            .Select(d => new
            {
                d.VehicleId,
                d.Id,
                d.Kind,
                d.ExpiresOn,
            })
            .ToListAsync(ct);
        var fitted = await db
            .TyreSets.AsNoTracking()
            .Where(s =>
                EF.Parameter(ids).Contains(s.VehicleId)
                && s.DeletedAt == null
                && s.FittedOn != null
                && s.RemovedOn == null
            )
            .Select(s => new { s.VehicleId, s.Season })
            .ToListAsync(ct);
        var frosts = await db
            .FirstFrosts.AsNoTracking()
            .Where(f => EF.Parameter(ownerIds).Contains(f.UserId))
            .ToDictionaryAsync(f => f.UserId, f => f.Day, ct);
        return new KnowledgeSweepInput(
            documents.ToLookup(d => d.VehicleId, d => new DocumentRecord(d.Id, d.Kind, d.ExpiresOn)),
            fitted.GroupBy(s => s.VehicleId).ToDictionary(g => g.Key, g => g.First().Season),
            frosts
        );
    }

    /// <summary>The nudges a vehicle's documents and tyres give on the owner's day.</summary>
    public static IEnumerable<NudgeCandidate> Candidates(
        Guid vehicleId,
        Guid ownerId,
        KnowledgeSweepInput input,
        TimeZoneInfo zone,
        DateTime now
    )
    {
        var today = LocalDate.Of(now, zone);
        foreach (var candidate in DocumentNudges.For(vehicleId, input.DocumentsOf(vehicleId), today))
            yield return candidate;
        if (TyreNudges.For(vehicleId, input.FittedOn(vehicleId), input.FirstFrostOf(ownerId), today) is { } tyres)
            yield return tyres;
    }

    /// <summary>
    /// The document and tyre items that are still true: each live document's items while it is the
    /// latest of its kind (a renewal or a deletion ends them), and the season due when the fitted
    /// set is still of the other season.
    /// </summary>
    public async Task<HashSet<string>> WaitingItemsAsync(IReadOnlyList<QueuedNudge> rows, CancellationToken ct)
    {
        var ids = rows.Where(r => IsKnowledge(r.Kind)).Select(r => r.VehicleId).Distinct().ToList();
        if (ids.Count == 0)
            return [];
        var input = await ReadAsync(ids, [], ct);
        var waiting = new HashSet<string>(StringComparer.Ordinal);
        foreach (var id in ids)
        {
            foreach (var kind in Enum.GetValues<DocumentKind>())
                if (DocumentValidity.Latest(input.DocumentsOf(id), kind) is { } latest)
                    waiting.UnionWith(DocumentNudges.ItemsOf(latest));
            foreach (var row in rows.Where(r => r.VehicleId == id && r.Kind == NotificationKind.TyreSeason))
                if (
                    row.Payload.Facts.TyreSeason is { } due
                    && input.FittedOn(id) is { } fitted
                    && fitted != due
                    && fitted != TyreSeason.AllSeason
                )
                    waiting.UnionWith(row.Payload.Covers);
        }
        return waiting;
    }

    public static bool IsKnowledge(NotificationKind kind) =>
        kind is NotificationKind.DocumentExpiring or NotificationKind.DocumentLapsed or NotificationKind.TyreSeason;
}
