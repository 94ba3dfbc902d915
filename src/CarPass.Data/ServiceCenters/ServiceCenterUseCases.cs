using CarPass.Data.Access;
using CarPass.Data.WritePath;
using CarPass.Domain.Common;
using CarPass.Domain.ServiceCenters;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CarPass.Data.ServiceCenters;

public sealed class ServiceCenterUseCases(
    WriteRunner writes,
    VehicleAccessReader access,
    IOptions<RegistrationLimits> limits
)
{
    /// <summary>
    /// Registers a centre, unverified, with the registering user as its manager; refused while the
    /// user already has <see cref="RegistrationLimits.MaxAwaitingReviewPerUser"/> centres awaiting review.
    /// </summary>
    public Task<Outcome<ServiceCenter>> RegisterAsync(Guid userId, ServiceCenterDraft draft, CancellationToken ct) =>
        writes.RunAsync<ServiceCenter>(
            userId,
            async (scope, token) =>
            {
                var (name, city) = (Input.Clean(draft.Name), Input.Clean(draft.City));
                var error = Input.FirstError(
                    name is null ? new DomainError(ErrorCodes.CenterNameRequired) : null,
                    city is null ? new DomainError(ErrorCodes.CenterCityRequired) : null,
                    Input.TooLong(name, 128),
                    Input.TooLong(city, 128),
                    Input.TooLong(Input.Clean(draft.Address), 256),
                    Input.TooLong(Input.Clean(draft.Contact), 128)
                );
                if (error is not null)
                    return error;
                var user = await scope.Db.Users.FirstOrDefaultAsync(u => u.Id == userId, token);
                if (user is null)
                    return new DomainError(ErrorCodes.UserNotFound);
                var max = limits.Value.MaxAwaitingReviewPerUser;
                if (
                    await scope.Db.ServiceCenters.CountAsync(
                        c => c.CreatedByUserId == userId && c.Verification == VerificationStatus.Unverified,
                        token
                    ) >= max
                )
                    return new DomainError(CenterLimitCodes.RegistrationsAwaitingReview, max);
                var center = new ServiceCenter
                {
                    Name = name!,
                    City = city!,
                    Address = Input.Clean(draft.Address),
                    Contact = Input.Clean(draft.Contact),
                    CreatedByUserId = userId,
                    CreatedAt = scope.Now,
                };
                scope.Db.ServiceCenters.Add(center);
                scope.Db.Employees.Add(
                    new Employee
                    {
                        ServiceCenterId = center.Id,
                        UserId = userId,
                        Role = EmployeeRole.Manager,
                        CreatedAt = scope.Now,
                    }
                );
                user.IsServiceStaff = true;
                scope.Record("center.registered", nameof(ServiceCenter), center.Id, serviceCenterId: center.Id);
                return center;
            },
            ct
        );

    /// <summary>The operator verifies a centre or refuses with a reason.</summary>
    public Task<Outcome<ServiceCenter>> SetVerificationAsync(
        Guid operatorUserId,
        Guid centerId,
        bool verified,
        string? note,
        CancellationToken ct
    ) =>
        writes.RunAsync<ServiceCenter>(
            operatorUserId,
            async (scope, token) =>
            {
                if (!await scope.Db.Users.AnyAsync(u => u.Id == operatorUserId && u.IsOperator, token))
                    return new DomainError(ErrorCodes.OperatorOnly);
                var center = await scope.Db.ServiceCenters.FirstOrDefaultAsync(c => c.Id == centerId, token);
                if (center is null)
                    return new DomainError(ErrorCodes.CenterNotFound);
                if (!verified && Input.Clean(note) is null)
                    return new DomainError(ErrorCodes.RejectionReasonRequired);
                if (Input.TooLong(Input.Clean(note), Input.LongText) is { } tooLong)
                    return tooLong;
                center.Verification = verified ? VerificationStatus.Verified : VerificationStatus.Rejected;
                center.VerificationNote = Input.Clean(note);
                center.VerifiedByUserId = operatorUserId;
                center.VerifiedAt = scope.Now;
                scope.Record(
                    verified ? "center.verified" : "center.rejected",
                    nameof(ServiceCenter),
                    center.Id,
                    serviceCenterId: center.Id
                );
                foreach (
                    var vehicleId in await scope
                        .Db.ServiceVisits.Where(v => v.ServiceCenterId == centerId)
                        .Select(v => v.VehicleId)
                        .Distinct()
                        .ToListAsync(token)
                )
                    scope.RecomputeVehicle(vehicleId);
                return center;
            },
            ct
        );

    /// <summary>The owner lets a centre work on a vehicle for 1, 7 or 30 days.</summary>
    public Task<Outcome<VehicleAccessGrant>> GrantAccessAsync(
        Guid ownerUserId,
        Guid vehicleId,
        Guid centerId,
        int days,
        CancellationToken ct
    ) =>
        writes.RunAsync<VehicleAccessGrant>(
            ownerUserId,
            async (scope, token) =>
            {
                if (!await access.IsOwnerAsync(ownerUserId, vehicleId, scope.Now, token))
                    return new DomainError(ErrorCodes.VehicleNotFound);
                if (!AccessUseCases.GrantDays.Contains(days))
                    return new DomainError(ErrorCodes.AccessDaysInvalid);
                if (!await scope.Db.ServiceCenters.AnyAsync(c => c.Id == centerId, token))
                    return new DomainError(ErrorCodes.CenterNotFound);
                var grant = AccessUseCases.NewCenterGrant(vehicleId, centerId, ownerUserId, scope.Now, days);
                scope.Db.VehicleAccessGrants.Add(grant);
                scope.Record("access.granted", nameof(VehicleAccessGrant), grant.Id, vehicleId, centerId, new { days });
                return grant;
            },
            ct
        );
}
