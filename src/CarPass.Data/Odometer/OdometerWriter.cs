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
        var existing = await AroundAsync(scope, vehicle.Id, recordedAt, ct);
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

    private static readonly CompiledPerModel<
        Func<CarPassDbContext, Guid, DateTime, Task<OdometerRecord?>>
    > HighestTrustedUntil = new(() =>
        EF.CompileAsyncQuery(
            (CarPassDbContext db, Guid vehicleId, DateTime at) =>
                db
                    .OdometerReadings.Where(r => r.VehicleId == vehicleId && r.IsTrusted && r.RecordedAt <= at)
                    .OrderByDescending(r => r.ValueKm)
                    .ThenByDescending(r => r.RecordedAt)
                    .Select(r => new OdometerRecord(r.ValueKm, r.RecordedAt, r.Source, r.IsTrusted))
                    .FirstOrDefault()
        )
    );

    private static readonly CompiledPerModel<
        Func<CarPassDbContext, Guid, DateTime, Task<OdometerRecord?>>
    > LowestTrustedAfter = new(() =>
        EF.CompileAsyncQuery(
            (CarPassDbContext db, Guid vehicleId, DateTime at) =>
                db
                    .OdometerReadings.Where(r => r.VehicleId == vehicleId && r.IsTrusted && r.RecordedAt > at)
                    .OrderBy(r => r.ValueKm)
                    .Select(r => new OdometerRecord(r.ValueKm, r.RecordedAt, r.Source, r.IsTrusted))
                    .FirstOrDefault()
        )
    );

    // SQLite's planner prefers the (vehicle_id, recorded_at) range and sorts every reading before the
    // moment by value, even with statistics; the index by value ends at the answer.
    private static readonly KeptStatement HighestTrustedUntilKept = new(
        $"SELECT value_km, recorded_at, source FROM odometer_readings INDEXED BY {OdometerReadingConfiguration.TrustedByValue} "
            + "WHERE vehicle_id = ?1 AND is_trusted AND recorded_at <= ?2 ORDER BY value_km DESC, recorded_at DESC LIMIT 1"
    );

    private static Task<OdometerRecord?> HighestTrustedUntilOnSqliteAsync(
        CarPassDbContext db,
        Guid vehicleId,
        DateTime at,
        CancellationToken ct
    ) =>
        KeptStatement.OnConnectionAsync(
            db,
            connection =>
            {
                using var use = HighestTrustedUntilKept.Start(connection);
                use.Bind(1, vehicleId);
                use.Bind(2, at);
                return use.Read()
                    ? new OdometerRecord(
                        (int)use.Int64(0),
                        SqliteTimeText.Read(use.Text(1)),
                        Enum.Parse<OdometerSource>(use.Text(2)),
                        IsTrusted: true
                    )
                    : null;
            },
            ct
        );

    /// <summary>
    /// The readings <see cref="OdometerRules.Assess"/> decides a reading at <paramref name="at"/> by,
    /// read by this write itself (its check is the last word): the highest trusted one at or before
    /// it and the lowest trusted one after it. The rules look at nothing else, so a car's whole
    /// history is not read for every new reading.
    /// </summary>
    public static async Task<IReadOnlyList<OdometerRecord>> AroundAsync(
        WriteScope scope,
        Guid vehicleId,
        DateTime at,
        CancellationToken ct
    )
    {
        ct.ThrowIfCancellationRequested();
        var before = scope.Db.IsSqlite
            ? await HighestTrustedUntilOnSqliteAsync(scope.Db, vehicleId, at, ct)
            : await HighestTrustedUntil.For(scope.Db)(scope.Db, vehicleId, at);
        var after = await LowestTrustedAfter.For(scope.Db)(scope.Db, vehicleId, at);
        return [.. new[] { before, after }.OfType<OdometerRecord>()];
    }

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
