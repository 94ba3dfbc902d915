using CarPass.Data.Access;
using CarPass.Data.Persistence;
using CarPass.Data.Scores;
using CarPass.Data.Users;
using CarPass.Data.Vehicles;
using CarPass.Domain.Maintenance;
using CarPass.Domain.Notifications;
using CarPass.Domain.Vehicles;
using Microsoft.EntityFrameworkCore;

namespace CarPass.Data.Notifications;

/// <summary>
/// Reads a batch of owned vehicles for the sweep with a fixed number of queries (never one per
/// vehicle): owners, reminders, trusted readings, stored scores, pending requests and the outbox.
/// The batch's ids go as one JSON parameter (<c>EF.Parameter</c>): with EF 10's default, one SQL
/// parameter per id, EF generates each statement's SQL again for every batch, 200 parameters long.
/// </summary>
public sealed class SweepReader(
    CarPassDbContext db,
    VehicleAccessReader access,
    PendingRequestReader requests,
    KnowledgeSweepReader knowledge
)
{
    /// <summary>Active vehicles that have a live owner, the only ones anyone is nudged about.</summary>
    public Task<List<Guid>> OwnedVehicleIdsAsync(DateTime now, CancellationToken ct) =>
        access
            .LiveGrants(now)
            .Where(g => g.Role == AccessRole.Owner)
            .Join(db.Vehicles.Where(v => v.State == VehicleState.Active), g => g.VehicleId, v => v.Id, (g, v) => v.Id)
            .Distinct()
            .ToListAsync(ct);

    public async Task<IReadOnlyList<VehicleSweepInput>> ReadAsync(
        IReadOnlyCollection<Guid> ids,
        DateTime now,
        CancellationToken ct
    )
    {
        var owners = await (
            from g in access.LiveGrants(now)
            where EF.Parameter(ids).Contains(g.VehicleId) && g.Role == AccessRole.Owner
            join u in db.Users.AsNoTracking() on g.UserId equals u.Id
            select new { g.VehicleId, User = u }
        ).ToListAsync(ct);
        var ownerIds = owners.Select(o => o.User.Id).Distinct().ToList();
        var mutes = await db
            .ServiceCenterMutes.AsNoTracking()
            .Where(m => EF.Parameter(ownerIds).Contains(m.UserId))
            .ToListAsync(ct);
        var reminders = (await ReadRemindersAsync(ids, ct)).ToLookup(r => r.VehicleId, r => r.Record);
        var readings = (await ReadTrustedReadingsAsync(ids, ct)).ToLookup(r => r.VehicleId, r => r.Record);
        var scores = await db
            .VehicleScores.AsNoTracking()
            .Where(s => EF.Parameter(ids).Contains(s.VehicleId))
            .ToListAsync(ct);
        var pending = (await requests.ReadAsync(ids, ct)).ToLookup(c => c.VehicleId);
        var history = (await OutboxHistory.ReadAsync(db, ids, ct)).ToLookup(h => h.VehicleId, h => h.Nudge);
        var known = await knowledge.ReadAsync(ids, ownerIds, ct);
        return
        [
            .. owners
                .GroupBy(o => o.VehicleId)
                .Select(o =>
                {
                    var user = o.First().User;
                    var muted = mutes.Where(m => m.UserId == user.Id).Select(m => m.ServiceCenterId).ToHashSet();
                    var score = scores.FirstOrDefault(s => s.VehicleId == o.Key);
                    var settings = OwnerSettingsMap.From(user, muted);
                    var candidates = Candidates(o.Key, reminders[o.Key], [.. readings[o.Key]], score, now)
                        .Concat(pending[o.Key].Where(c => c.RequestedBy != user.Id).Select(c => c.Candidate))
                        .Concat(KnowledgeSweepReader.Candidates(o.Key, user.Id, known, settings.TimeZone, now))
                        .ToList();
                    return new VehicleSweepInput(o.Key, user.Id, settings, candidates, [.. history[o.Key]]);
                }),
        ];
    }

    private static IEnumerable<NudgeCandidate> Candidates(
        Guid vehicleId,
        IEnumerable<ReminderRecord> reminders,
        IReadOnlyList<OdometerRecord> readings,
        VehicleScore? score,
        DateTime now
    )
    {
        if (MaintenanceNudges.For(vehicleId, reminders, readings, now) is { } maintenance)
            yield return maintenance;
        if (score is null)
            yield break;
        var next = MissingItemsJson.Read(score.MissingItems).FirstOrDefault(m => m.Attainable)?.Code;
        if (Milestones.For(vehicleId, score.CompletenessScore, next) is { } milestone)
            yield return milestone;
        if (Milestones.FirstVerifiedService(vehicleId, score.TrustedRecords) is { } first)
            yield return first;
    }

    private async Task<List<(Guid VehicleId, ReminderRecord Record)>> ReadRemindersAsync(
        IReadOnlyCollection<Guid> ids,
        CancellationToken ct
    ) =>
        [
            .. (
                await db
                    .MaintenanceReminders.AsNoTracking()
                    .Where(r => EF.Parameter(ids).Contains(r.VehicleId) && r.IsActive)
                    .Select(r => new
                    {
                        r.VehicleId,
                        Record = new ReminderRecord(
                            r.Id,
                            r.Kind,
                            r.IntervalKm,
                            r.IntervalMonths,
                            r.LastDoneAt,
                            r.LastDoneKm
                        ),
                    })
                    .ToListAsync(ct)
            ).Select(r => (r.VehicleId, r.Record)),
        ];

    private async Task<List<(Guid VehicleId, OdometerRecord Record)>> ReadTrustedReadingsAsync(
        IReadOnlyCollection<Guid> ids,
        CancellationToken ct
    ) => (
            await db
                .OdometerReadings.AsNoTracking()
                .Where(r => EF.Parameter(ids).Contains(r.VehicleId) && r.IsTrusted)
                .Select(r => new
                {
                    r.VehicleId,
                    r.ValueKm,
                    r.RecordedAt,
                    r.Source,
                })
                .ToListAsync(ct)
        ).Select(r => (r.VehicleId, new OdometerRecord(r.ValueKm, r.RecordedAt, r.Source, true))).ToList();
}
