using CarPass.Data.Access;
using CarPass.Data.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CarPass.Data.Claims;

/// <summary>Open claims, for operators only: nobody else ever reads a claim about another passport.</summary>
public sealed class ClaimReader(CarPassDbContext db, VehicleAccessReader access)
{
    /// <summary>The oldest open claims first; null when the user is not an operator.</summary>
    public async Task<IReadOnlyList<ClaimForReview>?> OpenAsync(
        Guid operatorUserId,
        DateTime nowUtc,
        int take,
        CancellationToken ct
    )
    {
        if (!await db.Users.AnyAsync(u => u.Id == operatorUserId && u.IsOperator, ct))
            return null;
        var oldest = db
            .VehicleClaims.Where(c => c.Status == ClaimStatus.Open)
            .OrderBy(c => c.CreatedAt)
            .Take(take)
            .Select(c => c.Id);
        var claims = await ForReview(db.VehicleClaims.Where(c => oldest.Contains(c.Id)), nowUtc).ToListAsync(ct);
        return claims.OrderBy(c => c.CreatedAt).ToList();
    }

    /// <summary>One claim, as the operators' notice shows it.</summary>
    public Task<ClaimForReview?> OneAsync(Guid claimId, DateTime nowUtc, CancellationToken ct) =>
        ForReview(db.VehicleClaims.Where(c => c.Id == claimId), nowUtc).FirstOrDefaultAsync(ct);

    private IQueryable<ClaimForReview> ForReview(IQueryable<VehicleClaim> claims, DateTime nowUtc) =>
        from c in claims.AsNoTracking()
        join v in db.Vehicles.AsNoTracking() on c.VehicleId equals v.Id
        join claimant in db.Users.AsNoTracking() on c.ClaimantUserId equals claimant.Id
        from g in access
            .LiveGrants(nowUtc)
            .Where(g => g.VehicleId == c.VehicleId && g.Role == AccessRole.Owner)
            .DefaultIfEmpty()
        from owner in db.Users.AsNoTracking().Where(u => g != null && u.Id == g.UserId).DefaultIfEmpty()
        select new ClaimForReview(
            c.Id,
            c.Kind,
            c.Vin,
            v.Name,
            v.Make,
            v.Model,
            v.Year,
            owner == null ? null : new ClaimParty(owner.TelegramId, owner.FirstName, owner.Username),
            new ClaimParty(claimant.TelegramId, claimant.FirstName, claimant.Username),
            c.CreatedAt
        );
}
