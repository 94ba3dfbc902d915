using CarPass.Data.Persistence;
using CarPass.Data.Scores;
using CarPass.Data.Visits;
using CarPass.Domain.ServiceCenters;
using Microsoft.EntityFrameworkCore;

namespace CarPass.Data.ServiceCenters;

/// <summary>Service centres as the bot and the Mini App show them: cards with their stored trust, the team, the hints.</summary>
public sealed class CenterReader(CarPassDbContext db, SnapshotReader snapshots, TimeProvider clock)
{
    public async Task<CenterCard?> CardAsync(Guid centerId, CancellationToken ct) =>
        (await CardsAsync([centerId], ct)).GetValueOrDefault(centerId);

    public async Task<IReadOnlyDictionary<Guid, CenterCard>> CardsAsync(
        IReadOnlyCollection<Guid> centerIds,
        CancellationToken ct
    )
    {
        var ids = centerIds.Distinct().ToArray();
        var rows = await (
            from c in db.ServiceCenters.AsNoTracking()
            where ids.Contains(c.Id)
            join s in db.ServiceCenterScores.AsNoTracking() on c.Id equals s.ServiceCenterId into scores
            from s in scores.DefaultIfEmpty()
            select new { Center = c, Score = s }
        ).ToListAsync(ct);
        return rows.ToDictionary(
            r => r.Center.Id,
            r => new CenterCard(
                r.Center.Id,
                r.Center.Name,
                r.Center.City,
                r.Center.Verification,
                r.Center.VerificationNote,
                StoredTrustReader.Of(r.Score, r.Center.Verification)
            )
        );
    }

    /// <summary>Everyone who works or worked at the centre, in the order they joined.</summary>
    public Task<List<TeamMember>> TeamAsync(Guid centerId, CancellationToken ct) =>
        (
            from e in db.Employees.AsNoTracking()
            join u in db.Users.AsNoTracking() on e.UserId equals u.Id
            where e.ServiceCenterId == centerId
            orderby e.CreatedAt
            select new TeamMember(e.Id, u.Id, u.FirstName, u.Username, e.Role, e.IsActive)
        ).ToListAsync(ct);

    /// <summary>What would raise the centre's trust now, from its current counts (see <see cref="TrustHints"/>).</summary>
    public async Task<IReadOnlyList<TrustHint>> HintsAsync(Guid centerId, CancellationToken ct)
    {
        if (await snapshots.ReadServiceCenterAsync(centerId, clock.GetUtcNow().UtcDateTime, ct) is not { } center)
            return [];
        var unanswered = await (
            from d in db.Disputes
            join v in db.ServiceVisits on d.ServiceVisitId equals v.Id
            where v.ServiceCenterId == centerId && d.Status == DisputeStatus.Open && d.CenterResponse == null
            select d.Id
        ).CountAsync(ct);
        return TrustHints.For(center, unanswered);
    }
}
