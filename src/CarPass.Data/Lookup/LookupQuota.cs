using CarPass.Data.WritePath;
using CarPass.Domain.Common;
using CarPass.Domain.ServiceCenters;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CarPass.Data.Lookup;

/// <summary>
/// Whether a centre may search now: an unverified centre within its daily budget, every centre
/// within the hourly limits. Counted from the audit log's performed searches (refused ones do not
/// count), so every instance agrees.
/// </summary>
public sealed class LookupQuota(IOptions<LookupLimits> limits)
{
    public async Task<DomainError?> RefusalAsync(WriteScope scope, Guid userId, Guid centerId, CancellationToken ct)
    {
        var l = limits.Value;
        var searches = scope.Db.AuditLog.Where(a => a.Action == LookupUseCases.Action);
        var dayAgo = scope.Now.AddDays(-1);
        var verified = await scope.Db.ServiceCenters.AnyAsync(
            c => c.Id == centerId && c.Verification == VerificationStatus.Verified,
            ct
        );
        if (
            !verified
            && await searches.CountAsync(a => a.ServiceCenterId == centerId && a.OccurredAt > dayAgo, ct)
                >= l.UnverifiedPerCenterPerDay
        )
            return new DomainError(CenterLimitCodes.LookupBudgetUsed, l.UnverifiedPerCenterPerDay);
        var hourAgo = scope.Now.AddHours(-1);
        if (
            await searches.CountAsync(a => a.ActorUserId == userId && a.OccurredAt > hourAgo, ct)
                >= l.PerEmployeePerHour
            || await searches.CountAsync(a => a.ServiceCenterId == centerId && a.OccurredAt > hourAgo, ct)
                >= l.PerCenterPerHour
        )
            return new DomainError(ErrorCodes.LookupRateLimited);
        return null;
    }
}
