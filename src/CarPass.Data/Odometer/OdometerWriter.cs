using CarPass.Data.Persistence;
using CarPass.Data.Scores;
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
        scope.RecordAdded(
            "odometer.logged",
            reading,
            vehicle,
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

    private static readonly CompiledPerModel<Func<CarPassDbContext, Guid, Task<Guid?>>> StoredVersion = new(() =>
        EF.CompileAsyncQuery(
            (CarPassDbContext db, Guid vehicleId) =>
                db.VehicleScores.Where(s => s.VehicleId == vehicleId).Select(s => s.Version).FirstOrDefault()
        )
    );

    /// <summary>
    /// The vehicle's readings as this write sees them, read: the write's own check is the last word,
    /// so it never trusts a kept copy (an import saves row by row; a reading may come from elsewhere).
    /// </summary>
    public static async Task<IReadOnlyList<OdometerRecord>> ReadAsync(
        WriteScope scope,
        Guid vehicleId,
        CancellationToken ct
    ) => await Readings.For(scope.Db)(scope.Db, vehicleId).ToListAsync(ct);

    /// <summary>
    /// The vehicle's readings for a flow's step check, ahead of the write that checks again: those of
    /// its snapshot kept for the version the database holds (a version names one state of the
    /// records), else read.
    /// </summary>
    public static async Task<IReadOnlyList<OdometerRecord>> ReadAsync(
        CarPassDbContext db,
        KeptHistories histories,
        Guid vehicleId,
        CancellationToken ct
    ) =>
        histories.Find(vehicleId, await StoredVersion.For(db)(db, vehicleId))?.OdometerReadings
        ?? await Readings.For(db)(db, vehicleId).ToListAsync(ct);
}
