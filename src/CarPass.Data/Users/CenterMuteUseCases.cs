using CarPass.Data.WritePath;
using CarPass.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace CarPass.Data.Users;

/// <summary>
/// An owner stops (and resumes) being messaged about one centre's requests. A mute changes only
/// what is pushed: the requests still wait for the owner's answer and the centre is not told.
/// </summary>
public sealed class CenterMuteUseCases(WriteRunner writes)
{
    /// <summary>Muting twice keeps one mute; the centre's name comes back for the answer.</summary>
    public Task<Outcome<string>> MuteAsync(Guid userId, Guid centerId, CancellationToken ct) =>
        writes.RunAsync<string>(
            userId,
            async (scope, token) =>
            {
                var name = await scope
                    .Db.ServiceCenters.Where(c => c.Id == centerId)
                    .Select(c => c.Name)
                    .FirstOrDefaultAsync(token);
                if (name is null)
                    return new DomainError(ErrorCodes.CenterNotFound);
                if (
                    !await scope.Db.ServiceCenterMutes.AnyAsync(
                        m => m.UserId == userId && m.ServiceCenterId == centerId,
                        token
                    )
                )
                {
                    scope.Db.ServiceCenterMutes.Add(
                        new ServiceCenterMute
                        {
                            UserId = userId,
                            ServiceCenterId = centerId,
                            CreatedAt = scope.Now,
                        }
                    );
                    scope.Record("center.muted", nameof(ServiceCenterMute), null, serviceCenterId: centerId);
                }
                return name;
            },
            ct
        );

    /// <summary>Unmuting a centre that is not muted changes nothing and says so.</summary>
    public Task<Outcome<string>> UnmuteAsync(Guid userId, Guid centerId, CancellationToken ct) =>
        writes.RunAsync<string>(
            userId,
            async (scope, token) =>
            {
                var mute = await scope.Db.ServiceCenterMutes.FirstOrDefaultAsync(
                    m => m.UserId == userId && m.ServiceCenterId == centerId,
                    token
                );
                if (mute is null)
                    return new DomainError(ErrorCodes.CenterNotMuted);
                scope.Db.ServiceCenterMutes.Remove(mute);
                scope.Record("center.unmuted", nameof(ServiceCenterMute), null, serviceCenterId: centerId);
                return await scope.Db.ServiceCenters.Where(c => c.Id == centerId).Select(c => c.Name).FirstAsync(token);
            },
            ct
        );
}
