using CarPass.Data.Persistence;
using CarPass.Data.Vehicles;
using CarPass.Data.WritePath;
using CarPass.Domain.Common;
using CarPass.Domain.Vehicles;
using Microsoft.EntityFrameworkCore;

namespace CarPass.Data.Odometer;

/// <summary>
/// Adds a reading after the plausibility rules: below the highest trusted reading is refused; an
/// implausible jump is refused unless the owner explicitly keeps it, and then it is stored
/// flagged and untrusted so one typo cannot poison reminders and statistics.
/// </summary>
internal static class OdometerWriter
{
    public static async Task<Outcome<OdometerReading>> AddAsync(
        WriteScope scope,
        Vehicle vehicle,
        int valueKm,
        DateTime recordedAt,
        OdometerSource source,
        bool keepUnusual,
        CancellationToken ct
    )
    {
        var existing = await ReadAsync(scope, vehicle.Id, ct);
        var flagged = false;
        if (OdometerRules.Assess(valueKm, recordedAt, existing) is { } error)
        {
            if (error.Code != ErrorCodes.OdometerImplausibleJump || !keepUnusual)
                return error;
            flagged = true;
        }
        var reading = new OdometerReading
        {
            VehicleId = vehicle.Id,
            ValueKm = valueKm,
            RecordedAt = recordedAt,
            Source = source,
            IsTrusted = !flagged && source == OdometerSource.Owner,
            IsFlagged = flagged,
            CreatedByUserId = scope.ActorUserId,
            CreatedAt = scope.Now,
        };
        scope.Db.OdometerReadings.Add(reading);
        if (reading.IsTrusted && valueKm > (vehicle.CurrentOdometerKm ?? -1))
            vehicle.CurrentOdometerKm = valueKm;
        scope.Record(
            "odometer.logged",
            nameof(OdometerReading),
            reading.Id,
            vehicle.Id,
            data: new
            {
                km = valueKm,
                flagged,
                source = source.ToString(),
            }
        );
        return reading;
    }

    private static readonly CompiledPerModel<Func<CarPassDbContext, Guid, IAsyncEnumerable<OdometerRecord>>> Readings =
        new(() =>
            EF.CompileAsyncQuery(
                (CarPassDbContext db, Guid vehicleId) =>
                    db
                        .OdometerReadings.Where(r => r.VehicleId == vehicleId)
                        .Select(r => new OdometerRecord(r.ValueKm, r.RecordedAt, r.Source, r.IsTrusted))
            )
        );

    public static Task<List<OdometerRecord>> ReadAsync(WriteScope scope, Guid vehicleId, CancellationToken ct) =>
        ReadAsync(scope.Db, vehicleId, ct);

    public static Task<List<OdometerRecord>> ReadAsync(CarPassDbContext db, Guid vehicleId, CancellationToken ct) =>
        Readings.For(db)(db, vehicleId).ToListAsync(ct).AsTask();
}
