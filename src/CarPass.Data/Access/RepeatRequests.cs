using CarPass.Data.WritePath;
using CarPass.Domain.Common;
using CarPass.Domain.ServiceCenters;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CarPass.Data.Access;

/// <summary>
/// Whether a centre may ask for a vehicle again: not while its request is open (the owner is asked
/// once, not pestered), and not until the cool-down after the owner declined has passed.
/// </summary>
public sealed class RepeatRequests(IOptions<AccessLimits> limits)
{
    public async Task<DomainError?> RefusalAsync(WriteScope scope, Guid centerId, Guid vehicleId, CancellationToken ct)
    {
        var asked = scope.Db.AccessRequests.Where(r => r.VehicleId == vehicleId && r.ServiceCenterId == centerId);
        if (await asked.AnyAsync(r => r.Status == RequestStatus.Pending, ct))
            return new DomainError(CenterLimitCodes.AccessRequestOpen);
        var days = limits.Value.CooldownAfterDenialDays;
        var coolingFrom = scope.Now.AddDays(-days);
        var lastDenial = await asked
            .Where(r => r.Status == RequestStatus.Rejected && r.DecidedAt > coolingFrom)
            .MaxAsync(r => r.DecidedAt, ct);
        return lastDenial is { } denied
            ? new DomainError(CenterLimitCodes.AccessRequestCoolingDown, denied.AddDays(days))
            : null;
    }
}
