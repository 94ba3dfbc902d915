using CarPass.Data.Odometer;
using CarPass.Data.Reminders;
using CarPass.Data.Vehicles;
using CarPass.Data.WritePath;
using CarPass.Domain.Common;
using CarPass.Domain.Vehicles;

namespace CarPass.Data.Service;

/// <summary>The write of one self-reported service, shared by the chat's service step and the import.</summary>
internal static class ServiceWriter
{
    /// <param name="vehicle">A vehicle the user may change (the caller checked).</param>
    public static async Task<Outcome<ServiceEntry>> AddAsync(
        WriteScope scope,
        Vehicle vehicle,
        Guid userId,
        ServiceDraft draft,
        CancellationToken token
    )
    {
        var error = Input.FirstError(
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
            VehicleId = vehicle.Id,
            Kind = draft.Kind,
            PerformedAt = draft.PerformedAt ?? scope.Now,
            OdometerKm = draft.OdometerKm,
            Note = Input.Clean(draft.Note),
            CostMinor = draft.CostMinor,
            Currency = Input.Clean(draft.Currency)?.ToUpperInvariant(),
            CreatedByUserId = userId,
            CreatedAt = scope.Now,
        };
        if (draft.OdometerKm is { } km && ServiceEntryUseCases.AddsReading(km, vehicle.CurrentOdometerKm))
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
        await ReminderBaseline.MarkDoneAsync(scope, vehicle.Id, draft.Kind, entry.PerformedAt, draft.OdometerKm, token);
        scope.Record(
            "service.logged",
            nameof(ServiceEntry),
            entry.Id,
            vehicle.Id,
            data: new { kind = draft.Kind.ToString() }
        );
        return entry;
    }
}
