using CarPass.Data.Access;
using CarPass.Data.Odometer;
using CarPass.Data.Reminders;
using CarPass.Data.Vehicles;
using CarPass.Data.WritePath;
using CarPass.Domain.Common;
using CarPass.Domain.Vehicles;

namespace CarPass.Data.Service;

public sealed class ServiceEntryUseCases(WriteRunner writes, VehicleAccessReader access)
{
    /// <summary>
    /// Logs self-reported service. A past service may carry a lower odometer than today's, so its
    /// value only becomes a new reading when it is above the current one; a reminder of the same
    /// kind counts from this service when it is the most recent.
    /// </summary>
    public Task<Outcome<ServiceEntry>> LogAsync(
        Guid userId,
        Guid vehicleId,
        ServiceDraft draft,
        CancellationToken ct
    ) =>
        writes.RunAsync<ServiceEntry>(
            userId,
            async (scope, token) =>
            {
                var vehicle = await access.FindEditableAsync(userId, vehicleId, scope.Now, token);
                if (VehicleGuards.Editable(vehicle) is { } refused)
                    return refused;
                return await ServiceWriter.AddAsync(scope, vehicle!, userId, draft, token);
            },
            ct
        );

    /// <summary>A past service may carry a lower odometer: only a value above the current one becomes a reading.</summary>
    public static bool AddsReading(int km, int? currentKm) => km > (currentKm ?? -1);

    /// <summary>The rule the write path applies to a service's odometer; the chat checks it at its step.</summary>
    public static DomainError? OdometerOfService(
        int km,
        DateTime performedAt,
        IReadOnlyList<OdometerRecord> readings
    ) => AddsReading(km, OdometerRules.CurrentKm(readings)) ? OdometerRules.Assess(km, performedAt, readings) : null;
}
