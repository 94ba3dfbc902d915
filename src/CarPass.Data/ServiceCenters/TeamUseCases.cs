using System.Security.Cryptography;
using CarPass.Data.WritePath;
using CarPass.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace CarPass.Data.ServiceCenters;

/// <summary>A centre's team: one-time invitations, joining, and switching employees off and on.</summary>
public sealed class TeamUseCases(WriteRunner writes, StaffReader staff)
{
    public static readonly TimeSpan InviteLifetime = TimeSpan.FromHours(72);

    public Task<Outcome<EmployeeInvite>> InviteAsync(Guid managerUserId, Guid centerId, CancellationToken ct) =>
        writes.RunAsync<EmployeeInvite>(
            managerUserId,
            async (scope, token) =>
            {
                if (!await staff.IsManagerAsync(managerUserId, centerId, token))
                    return new DomainError(ErrorCodes.ManagerOnly);
                var invite = new EmployeeInvite
                {
                    ServiceCenterId = centerId,
                    Code = NewCode(),
                    CreatedByUserId = managerUserId,
                    CreatedAt = scope.Now,
                    ExpiresAt = scope.Now + InviteLifetime,
                };
                scope.Db.EmployeeInvites.Add(invite);
                scope.Record("team.invited", nameof(EmployeeInvite), invite.Id, serviceCenterId: centerId);
                return invite;
            },
            ct
        );

    /// <summary>Single use: the first person to accept joins; the code is then spent.</summary>
    public Task<Outcome<Employee>> AcceptAsync(Guid userId, string code, CancellationToken ct) =>
        writes.RunAsync<Employee>(
            userId,
            async (scope, token) =>
            {
                var invite = await scope.Db.EmployeeInvites.FirstOrDefaultAsync(i => i.Code == code, token);
                if (invite is null || invite.UsedAt is not null || invite.ExpiresAt <= scope.Now)
                    return new DomainError(ErrorCodes.InviteInvalid);
                if (
                    await scope.Db.Employees.AnyAsync(
                        e => e.UserId == userId && e.ServiceCenterId == invite.ServiceCenterId,
                        token
                    )
                )
                    return new DomainError(ErrorCodes.AlreadyEmployee);
                invite.UsedAt = scope.Now;
                invite.UsedByUserId = userId;
                var employee = new Employee
                {
                    ServiceCenterId = invite.ServiceCenterId,
                    UserId = userId,
                    CreatedAt = scope.Now,
                };
                scope.Db.Employees.Add(employee);
                var user = await scope.Db.Users.FirstAsync(u => u.Id == userId, token);
                user.IsServiceStaff = true;
                scope.Record("team.joined", nameof(Employee), employee.Id, serviceCenterId: invite.ServiceCenterId);
                return employee;
            },
            ct
        );

    public Task<Outcome<Employee>> SetActiveAsync(
        Guid managerUserId,
        Guid employeeId,
        bool active,
        CancellationToken ct
    ) =>
        writes.RunAsync<Employee>(
            managerUserId,
            async (scope, token) =>
            {
                var employee = await scope.Db.Employees.FirstOrDefaultAsync(e => e.Id == employeeId, token);
                if (employee is null || !await staff.IsManagerAsync(managerUserId, employee.ServiceCenterId, token))
                    return new DomainError(ErrorCodes.EmployeeNotFound);
                if (employee.UserId == managerUserId)
                    return new DomainError(ErrorCodes.CannotDisableSelf);
                employee.IsActive = active;
                employee.DisabledAt = active ? null : scope.Now;
                scope.Record(
                    active ? "team.enabled" : "team.disabled",
                    nameof(Employee),
                    employee.Id,
                    serviceCenterId: employee.ServiceCenterId
                );
                return employee;
            },
            ct
        );

    public static string NewCode() =>
        Convert.ToBase64String(RandomNumberGenerator.GetBytes(12)).Replace('+', '-').Replace('/', '_');
}
