using CarPass.Data.Notifications;
using CarPass.Data.ServiceCenters;
using CarPass.Data.Vehicles;
using CarPass.Data.WritePath;
using CarPass.Domain.Common;
using CarPass.Domain.Notifications;
using Microsoft.EntityFrameworkCore;

namespace CarPass.Data.Access;

/// <summary>
/// A centre asks, the owner decides for how long, and can take access back at any time; an
/// expired grant simply stops working (every access check looks at its expiry).
/// </summary>
public sealed class AccessUseCases(
    WriteRunner writes,
    StaffReader staff,
    VehicleAccessReader access,
    RepeatRequests repeats,
    RequestNotices notices
)
{
    public static readonly int[] GrantDays = [1, 7, 30];

    /// <summary>
    /// One open request per centre and vehicle (the database refuses a second), and none for a while
    /// after the owner declined: the owner is asked once, not pestered.
    /// </summary>
    public Task<Outcome<AccessRequest>> RequestAsync(
        Guid employeeUserId,
        Guid centerId,
        Guid vehicleId,
        CancellationToken ct
    ) =>
        writes.RunAsync<AccessRequest>(
            employeeUserId,
            async (scope, token) =>
            {
                if (await staff.ActiveAsync(employeeUserId, centerId, token) is null)
                    return new DomainError(ErrorCodes.NotAnEmployee);
                if (
                    !await scope.Db.Vehicles.AnyAsync(v => v.Id == vehicleId && v.State == VehicleState.Active, token)
                    || await access.OwnerOfAsync(vehicleId, scope.Now, token) is null
                )
                    return new DomainError(ErrorCodes.VehicleNotFound);
                if (await repeats.RefusalAsync(scope, centerId, vehicleId, token) is { } refusal)
                    return refusal;
                var request = new AccessRequest
                {
                    VehicleId = vehicleId,
                    ServiceCenterId = centerId,
                    RequestedByUserId = employeeUserId,
                    CreatedAt = scope.Now,
                };
                scope.Db.AccessRequests.Add(request);
                scope.Record("access.requested", nameof(AccessRequest), request.Id, vehicleId, centerId);
                await notices.QueueAsync(
                    scope,
                    NotificationKind.AccessRequestPending,
                    request.Id,
                    vehicleId,
                    centerId,
                    token
                );
                return request;
            },
            ct
        );

    /// <param name="days">1, 7 or 30 to approve; null to deny.</param>
    public Task<Outcome<AccessRequest>> DecideAsync(
        Guid ownerUserId,
        Guid requestId,
        int? days,
        CancellationToken ct
    ) =>
        writes.RunAsync<AccessRequest>(
            ownerUserId,
            async (scope, token) =>
            {
                var request = await scope.Db.AccessRequests.FirstOrDefaultAsync(r => r.Id == requestId, token);
                if (request is null || !await access.IsOwnerAsync(ownerUserId, request.VehicleId, scope.Now, token))
                    return new DomainError(ErrorCodes.RequestNotFound);
                if (request.Status != RequestStatus.Pending)
                    return new DomainError(ErrorCodes.RequestAlreadyDecided);
                if (days is { } d && !GrantDays.Contains(d))
                    return new DomainError(ErrorCodes.AccessDaysInvalid);
                request.Status = days is null ? RequestStatus.Rejected : RequestStatus.Approved;
                request.DecidedByUserId = ownerUserId;
                request.DecidedAt = scope.Now;
                request.Version = Guid.NewGuid();
                if (days is { } granted)
                {
                    var grant = NewCenterGrant(
                        request.VehicleId,
                        request.ServiceCenterId,
                        ownerUserId,
                        scope.Now,
                        granted
                    );
                    scope.Db.VehicleAccessGrants.Add(grant);
                    request.GrantId = grant.Id;
                }
                scope.Record(
                    days is null ? "access.denied" : "access.granted",
                    nameof(AccessRequest),
                    request.Id,
                    request.VehicleId,
                    request.ServiceCenterId,
                    new { days }
                );
                return request;
            },
            ct
        );

    /// <summary>The owner ends a centre's or a person's access to one of their vehicles.</summary>
    public Task<Outcome<VehicleAccessGrant>> RevokeAsync(Guid ownerUserId, Guid grantId, CancellationToken ct) =>
        writes.RunAsync<VehicleAccessGrant>(
            ownerUserId,
            async (scope, token) =>
            {
                var grant = await scope.Db.VehicleAccessGrants.FirstOrDefaultAsync(g => g.Id == grantId, token);
                if (
                    grant is null
                    || grant.Role == AccessRole.Owner
                    || !grant.IsActiveAt(scope.Now)
                    || !await access.IsOwnerAsync(ownerUserId, grant.VehicleId, scope.Now, token)
                )
                    return new DomainError(ErrorCodes.GrantNotFound);
                grant.RevokedAt = scope.Now;
                grant.RevokedByUserId = ownerUserId;
                scope.Record(
                    "access.revoked",
                    nameof(VehicleAccessGrant),
                    grant.Id,
                    grant.VehicleId,
                    grant.ServiceCenterId
                );
                return grant;
            },
            ct
        );

    internal static VehicleAccessGrant NewCenterGrant(
        Guid vehicleId,
        Guid centerId,
        Guid ownerUserId,
        DateTime now,
        int days
    ) =>
        new()
        {
            VehicleId = vehicleId,
            Role = AccessRole.ServiceCenter,
            ServiceCenterId = centerId,
            GrantedByUserId = ownerUserId,
            GrantedAt = now,
            ExpiresAt = now.AddDays(days),
        };
}
