using CarPass.Data.Persistence;
using CarPass.Domain.ServiceCenters;
using Microsoft.EntityFrameworkCore;

namespace CarPass.Data.Timeline;

/// <summary>
/// The centres a timeline page mentions, with the trust level stored by the last write that touched
/// each centre (or the nightly recompute): a page never scores a centre. A centre not scored yet is
/// <see cref="TrustLevel.New"/>, the level of a centre without evidence.
/// </summary>
internal static class CenterBadgeReader
{
    private static readonly CompiledPerModel<Func<CarPassDbContext, Guid[], IAsyncEnumerable<CenterBadge>>> Badges =
        new(() =>
            EF.CompileAsyncQuery(
                (CarPassDbContext db, Guid[] ids) =>
                    from c in db.ServiceCenters
                    where ids.Contains(c.Id)
                    select new CenterBadge(
                        c.Id,
                        c.Name,
                        c.Verification == VerificationStatus.Verified,
                        db.ServiceCenterScores.Where(s => s.ServiceCenterId == c.Id)
                            .Select(s => (TrustLevel?)s.TrustLevel)
                            .FirstOrDefault()
                            ?? TrustLevel.New
                    )
            )
        );

    public static async Task<IReadOnlyDictionary<Guid, CenterBadge>> ReadAsync(
        CarPassDbContext db,
        Guid[] centerIds,
        CancellationToken ct
    ) =>
        centerIds.Length == 0
            ? new Dictionary<Guid, CenterBadge>()
            : await Badges.For(db)(db, centerIds).ToDictionaryAsync(c => c.ServiceCenterId, cancellationToken: ct);
}
