using CarPass.Data.ServiceCenters;
using CarPass.Data.Vehicles;
using CarPass.Data.WritePath;
using CarPass.Domain.Common;
using CarPass.Domain.ServiceCenters;
using CarPass.Domain.Vehicles;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CarPass.Data.Lookup;

/// <summary>
/// Staff find a vehicle by its full VIN or plate. Every search is audited with the ids of what it
/// found, limited (see <see cref="LookupQuota"/>), and an unusual daily volume is flagged where the
/// trust rules count it. A refused search is audited too, with its reason but never the query.
/// </summary>
public sealed class LookupUseCases(
    WriteRunner writes,
    StaffReader staff,
    LookupQuota quota,
    IOptions<LookupLimits> limits
)
{
    public const string Action = "vehicle.lookup";
    public const string RefusedAction = "vehicle.lookup_refused";

    /// <summary>Refusals of someone who does work for the centre; a stranger's attempt changes nothing.</summary>
    private static readonly HashSet<string> AuditedRefusals =
    [
        ErrorCodes.LookupQueryInvalid,
        ErrorCodes.LookupRateLimited,
        CenterLimitCodes.LookupBudgetUsed,
    ];

    public async Task<Outcome<IReadOnlyList<MaskedVehicle>>> FindAsync(
        Guid userId,
        Guid centerId,
        string query,
        CancellationToken ct
    )
    {
        var outcome = await writes.RunAsync<IReadOnlyList<MaskedVehicle>>(
            userId,
            (scope, token) => SearchAsync(scope, userId, centerId, query, token),
            ct
        );
        if (outcome.Error is { } error && AuditedRefusals.Contains(error.Code))
            await RecordRefusalAsync(userId, centerId, error.Code, ct);
        return outcome;
    }

    private async Task<Outcome<IReadOnlyList<MaskedVehicle>>> SearchAsync(
        WriteScope scope,
        Guid userId,
        Guid centerId,
        string query,
        CancellationToken ct
    )
    {
        if (await staff.ActiveAsync(userId, centerId, ct) is null)
            return new DomainError(ErrorCodes.NotAnEmployee);
        var (vin, plate) = Normalize(query);
        if (vin is null && plate is null)
            return new DomainError(ErrorCodes.LookupQueryInvalid);
        if (await quota.RefusalAsync(scope, userId, centerId, ct) is { } refusal)
            return refusal;
        var found = await scope
            .Db.Vehicles.AsNoTracking()
            .Where(v =>
                v.State == VehicleState.Active
                && ((vin != null && v.Vin == vin) || (plate != null && v.PlateNumber == plate))
            )
            .Take(5)
            .ToListAsync(ct);
        scope.Record(
            Action,
            "Vehicle",
            null,
            serviceCenterId: centerId,
            data: new { results = found.Count, vehicles = found.Select(v => v.Id) }
        );
        await FlagUnusualVolumeAsync(scope, userId, centerId, ct);
        return found.Select(MaskedVehicle.Of).ToList();
    }

    /// <summary>Its own short write: the refused search's own changes were rolled back.</summary>
    private Task RecordRefusalAsync(Guid userId, Guid centerId, string reason, CancellationToken ct) =>
        writes.RunAsync<bool>(
            userId,
            (scope, _) =>
            {
                scope.Record(RefusedAction, "Vehicle", null, serviceCenterId: centerId, data: new { reason });
                return Task.FromResult<Outcome<bool>>(true);
            },
            ct
        );

    private static (string? Vin, string? Plate) Normalize(string query)
    {
        var vin = Vin.Validate(query);
        if (vin.IsSuccess)
            return (vin.Value, null);
        var plate = Plate.Validate(query, null);
        return plate.IsSuccess ? (null, plate.Value.Value) : (null, null);
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
