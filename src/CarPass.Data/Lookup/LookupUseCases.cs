using CarPass.Data.ServiceCenters;
using CarPass.Data.Vehicles;
using CarPass.Data.WritePath;
using CarPass.Domain.Common;
using CarPass.Domain.Vehicles;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CarPass.Data.Lookup;

/// <summary>
/// Staff find a vehicle by its full VIN or plate. Every search is audited, limited per employee and
/// per centre, and an unusual daily volume is flagged where the trust rules count it.
/// </summary>
public sealed class LookupUseCases(WriteRunner writes, StaffQuery staff, IOptions<LookupLimits> limits)
{
    public const string Action = "vehicle.lookup";

    public Task<Outcome<IReadOnlyList<MaskedVehicle>>> FindAsync(
        Guid userId,
        Guid centerId,
        string query,
        CancellationToken ct
    ) =>
        writes.RunAsync<IReadOnlyList<MaskedVehicle>>(
            userId,
            async (scope, token) =>
            {
                if (await staff.ActiveAsync(userId, centerId, token) is null)
                    return new DomainError(ErrorCodes.NotAnEmployee);
                var (vin, plate) = Normalize(query);
                if (vin is null && plate is null)
                    return new DomainError(ErrorCodes.LookupQueryInvalid);
                var l = limits.Value;
                var hourAgo = scope.Now.AddHours(-1);
                var lookups = scope.Db.AuditLog.Where(a => a.Action == Action && a.OccurredAt > hourAgo);
                if (
                    await lookups.CountAsync(a => a.ActorUserId == userId, token) >= l.PerEmployeePerHour
                    || await lookups.CountAsync(a => a.ServiceCenterId == centerId, token) >= l.PerCenterPerHour
                )
                    return new DomainError(ErrorCodes.LookupRateLimited);

                var found = await scope
                    .Db.Vehicles.AsNoTracking()
                    .Where(v =>
                        v.State == VehicleState.Active
                        && ((vin != null && v.Vin == vin) || (plate != null && v.PlateNumber == plate))
                    )
                    .Take(5)
                    .ToListAsync(token);
                scope.Record(Action, "Vehicle", null, serviceCenterId: centerId, data: new { results = found.Count });
                await FlagUnusualVolumeAsync(scope, userId, centerId, token);
                return found
                    .Select(v => new MaskedVehicle(
                        v.Id,
                        v.Make,
                        v.Model,
                        v.Year,
                        v.Vin is null ? null : Vin.Mask(v.Vin),
                        v.PlateNumber is null ? null : Plate.Mask(v.PlateNumber)
                    ))
                    .ToList();
            },
            ct
        );

    private static (string? Vin, string? Plate) Normalize(string query)
    {
        var vin = Vin.Validate(query);
        if (vin.IsSuccess)
            return (vin.Value, null);
        var plate = Plate.Validate(query, null);
        return plate.IsSuccess ? (null, plate.Value!.Value) : (null, null);
    }

    /// <summary>Once a day at most, so the flag counts employees with unusual days, not searches.</summary>
    private async Task FlagUnusualVolumeAsync(WriteScope scope, Guid userId, Guid centerId, CancellationToken ct)
    {
        var dayAgo = scope.Now.AddDays(-1);
        var today = await scope.Db.AuditLog.CountAsync(
            a => a.Action == Action && a.ActorUserId == userId && a.OccurredAt > dayAgo,
            ct
        );
        if (today + 1 <= limits.Value.UnusualPerEmployeePerDay)
            return;
        if (
            await scope.Db.AuditLog.AnyAsync(
                a =>
                    a.Action == ServiceCenterHygiene.SuspiciousLookupAction
                    && a.ActorUserId == userId
                    && a.OccurredAt > dayAgo,
                ct
            )
        )
            return;
        scope.Record(
            ServiceCenterHygiene.SuspiciousLookupAction,
            "Employee",
            null,
            serviceCenterId: centerId,
            data: new { lookups_today = today + 1 }
        );
    }
}
