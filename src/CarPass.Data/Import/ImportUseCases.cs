using System.Globalization;
using CarPass.Data.Access;
using CarPass.Data.Fuel;
using CarPass.Data.Odometer;
using CarPass.Data.Persistence;
using CarPass.Data.Service;
using CarPass.Data.Vehicles;
using CarPass.Data.WritePath;
using CarPass.Domain.Common;
using CarPass.Domain.Vehicles;
using Microsoft.EntityFrameworkCore;

namespace CarPass.Data.Import;

/// <summary>
/// Imports a read file into one vehicle through the same writers as the chat's own steps, so every row
/// meets the same rules (odometer plausibility included) and becomes a self-reported record, never a
/// verified one. Rows go in date order; a row already in the passport (or earlier in the file) is a
/// duplicate and skipped; a row the rules refuse is rejected with the reason. The check
/// (<see cref="PreviewAsync"/>) is the very same write, rolled back; the import commits all its rows in
/// one transaction or none.
/// </summary>
public sealed class ImportUseCases(WriteRunner writes, VehicleAccessReader access)
{
    /// <summary>The code that ends a check: its write is rolled back by the write path like any refusal.</summary>
    private const string CheckOnly = "import_check_only";

    public async Task<Outcome<ImportReport>> PreviewAsync(
        Guid userId,
        Guid vehicleId,
        ParsedImport parsed,
        CancellationToken ct
    )
    {
        ImportReport? checkedReport = null;
        var outcome = await writes.RunAsync<ImportReport>(
            userId,
            async (scope, token) =>
            {
                var applied = await ApplyAsync(scope, userId, vehicleId, parsed, token);
                if (!applied.IsSuccess)
                    return applied.Error;
                checkedReport = applied.Value;
                return new DomainError(CheckOnly);
            },
            ct
        );
        return checkedReport is { } report ? report : outcome;
    }

    /// <param name="expectedImported">What the check promised; if the passport changed since and the import would differ, nothing is written.</param>
    public Task<Outcome<ImportReport>> ImportAsync(
        Guid userId,
        Guid vehicleId,
        ParsedImport parsed,
        int expectedImported,
        CancellationToken ct
    ) =>
        writes.RunAsync<ImportReport>(
            userId,
            async (scope, token) =>
            {
                var applied = await ApplyAsync(scope, userId, vehicleId, parsed, token);
                if (!applied.IsSuccess)
                    return applied.Error;
                var report = applied.Value;
                if (report.Imported == 0)
                    return new DomainError(ImportErrorCodes.NothingToImport);
                if (report.Imported != expectedImported)
                    return new DomainError(ImportErrorCodes.Changed);
                scope.Record(
                    "import.applied",
                    "Import",
                    null,
                    vehicleId,
                    data: new
                    {
                        format = report.Format.ToString(),
                        found = report.RowsFound,
                        imported = report.Imported,
                        duplicates = report.Duplicates,
                        rejected = report.Rejected.Count,
                    }
                );
                return report;
            },
            ct
        );

    private async Task<Outcome<ImportReport>> ApplyAsync(
        WriteScope scope,
        Guid userId,
        Guid vehicleId,
        ParsedImport parsed,
        CancellationToken ct
    )
    {
        var vehicle = await access.FindEditableAsync(userId, vehicleId, scope.Now, ct);
        if (VehicleGuards.Editable(vehicle) is { } refused)
            return refused;
        var seen = await KeysInPassportAsync(scope.Db, vehicleId, ct);
        var rejected = parsed.Unreadable.ToList();
        int imported = 0,
            duplicates = 0;
        foreach (var row in parsed.Rows.OrderBy(r => r.Date).ThenBy(r => r.Line))
        {
            var key = KeyOf(row);
            if (seen.Contains(key))
            {
                duplicates++;
                continue;
            }
            if (await WriteAsync(scope, vehicle!, userId, row, ct) is { } error)
            {
                rejected.Add(new RejectedRow(row.Line, error));
                continue;
            }
            // Saved at once, inside the transaction: the next row's checks read this one.
            await scope.Db.SaveChangesAsync(ct);
            seen.Add(key);
            imported++;
        }
        return new ImportReport(
            parsed.Format,
            parsed.RowsFound,
            imported,
            duplicates,
            [.. rejected.OrderBy(r => r.Line)]
        );
    }

    private static async Task<DomainError?> WriteAsync(
        WriteScope scope,
        Vehicle vehicle,
        Guid userId,
        ImportRow row,
        CancellationToken ct
    ) =>
        row switch
        {
            { Fuel: { } fuel } => (await FuelWriter.AddAsync(scope, vehicle, userId, fuel, ct)).Error,
            { Service: { } service } => (await ServiceWriter.AddAsync(scope, vehicle, userId, service, ct)).Error,
            { OdometerKm: { } km } => (
                await OdometerWriter.AddAsync(scope, vehicle, km, row.Date, OdometerSource.Owner, false, ct)
            ).Error,
            _ => new DomainError(ImportErrorCodes.Malformed),
        };

    private static string KeyOf(ImportRow row) =>
        row switch
        {
            { Fuel: { } f } => FuelKey(row.Date, f.Litres, f.OdometerKm),
            { Service: { } s } => ServiceKey(row.Date, s.Kind.ToString(), s.OdometerKm),
            _ => OdometerKey(row.Date, row.OdometerKm ?? 0),
        };

    private static string FuelKey(DateTime at, double litres, int? km) =>
        FormattableString.Invariant($"f|{at:yyyy-MM-dd}|{Math.Round(litres, 2)}|{km}");

    private static string ServiceKey(DateTime at, string kind, int? km) =>
        FormattableString.Invariant($"s|{at:yyyy-MM-dd}|{kind}|{km}");

    private static string OdometerKey(DateTime at, int km) => FormattableString.Invariant($"o|{at:yyyy-MM-dd}|{km}");

    /// <summary>The records the passport already holds, keyed as a file's rows are: same day, same values.</summary>
    private static async Task<HashSet<string>> KeysInPassportAsync(
        CarPassDbContext db,
        Guid vehicleId,
        CancellationToken ct
    )
    {
        var fuel = await db
            .FuelEntries.Where(f => f.VehicleId == vehicleId && f.DeletedAt == null)
            .Select(f => new
            {
                f.FilledAt,
                f.Litres,
                f.OdometerKm,
            })
            .ToListAsync(ct);
        var service = await db
            .ServiceEntries.Where(s => s.VehicleId == vehicleId && s.DeletedAt == null)
            .Select(s => new
            {
                s.PerformedAt,
                s.Kind,
                s.OdometerKm,
            })
            .ToListAsync(ct);
        var readings = await db
            .OdometerReadings.Where(r => r.VehicleId == vehicleId)
            .Select(r => new { r.RecordedAt, r.ValueKm })
            .ToListAsync(ct);
        return
        [
            .. fuel.Select(f => FuelKey(f.FilledAt, f.Litres, f.OdometerKm)),
            .. service.Select(s => ServiceKey(s.PerformedAt, s.Kind.ToString(), s.OdometerKm)),
            .. readings.Select(r => OdometerKey(r.RecordedAt, r.ValueKm)),
        ];
    }
}
