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
                var error = Input.FirstError(
                    VehicleGuards.Editable(vehicle),
                    Input.TooLong(Input.Clean(draft.Note), Input.LongText),
                    Input.Date(draft.PerformedAt, scope.Now),
                    draft.OdometerKm is null or (>= 0 and <= OdometerRules.MaxKm)
                        ? null
                        : new DomainError(ErrorCodes.OdometerOutOfRange),
                    draft.CostMinor is null or >= 0 ? null : new DomainError(ErrorCodes.PriceOutOfRange)
                );
                if (error is not null)
                    return error;
                var entry = new ServiceEntry
                {
                    VehicleId = vehicleId,
                    Kind = draft.Kind,
                    PerformedAt = draft.PerformedAt ?? scope.Now,
                    OdometerKm = draft.OdometerKm,
                    Note = Input.Clean(draft.Note),
                    CostMinor = draft.CostMinor,
                    Currency = Input.Clean(draft.Currency)?.ToUpperInvariant(),
                    CreatedByUserId = userId,
                    CreatedAt = scope.Now,
                };
                if (draft.OdometerKm is { } km && AddsReading(km, vehicle!.CurrentOdometerKm))
                {
                    var reading = await OdometerWriter.AddAsync(
                        scope,
                        vehicle,
                        km,
                        entry.PerformedAt,
                        OdometerSource.Owner,
                        false,
                        token
                    );
                    if (!reading.IsSuccess)
                        return reading.Error;
                }
                scope.Db.ServiceEntries.Add(entry);
                await ReminderBaseline.MarkDoneAsync(
                    scope,
                    vehicleId,
                    draft.Kind,
                    entry.PerformedAt,
                    draft.OdometerKm,
                    token
                );
                scope.Record(
                    "service.logged",
                    nameof(ServiceEntry),
                    entry.Id,
                    vehicleId,
                    data: new { kind = draft.Kind.ToString() }
                );
                return entry;
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
