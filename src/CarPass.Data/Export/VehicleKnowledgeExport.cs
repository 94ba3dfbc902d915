using CarPass.Data.Persistence;
using CarPass.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace CarPass.Data.Export;

/// <summary>
/// The exported charging sessions, documents and tyre sets. Documents and tyres are the owner's alone,
/// as everywhere else (a co-owner's export holds the car's charging, not its policies or tyres).
/// </summary>
internal static class VehicleKnowledgeExport
{
    public static async Task<IReadOnlyList<ChargingRow>> ChargingAsync(
        CarPassDbContext db,
        List<Guid> ids,
        CancellationToken ct
    ) =>
        (
            await db
                .ChargingSessions.AsNoTracking()
                .Where(c => ids.Contains(c.VehicleId) && c.DeletedAt == null)
                .ToListAsync(ct)
        )
            .OrderBy(c => c.VehicleId)
            .ThenBy(c => c.ChargedAt)
            .Select(c => new ChargingRow(
                c.Id,
                c.VehicleId,
                c.ChargedAt,
                c.Kwh,
                c.TotalPriceMinor,
                c.Currency,
                c.SocBefore,
                c.SocAfter,
                SnakeCase.Of(c.Place),
                c.OdometerKm,
                Provenance.SelfReported
            ))
            .ToList();

    public static async Task<IReadOnlyList<DocumentRow>> DocumentsAsync(
        CarPassDbContext db,
        List<Guid> ownedIds,
        CancellationToken ct
    ) =>
        (
            await db
                .VehicleDocuments.AsNoTracking()
                .Where(d => ownedIds.Contains(d.VehicleId) && d.DeletedAt == null)
                .ToListAsync(ct)
        )
            .OrderBy(d => d.VehicleId)
            .ThenBy(d => d.ExpiresOn)
            .Select(d => new DocumentRow(
                d.Id,
                d.VehicleId,
                SnakeCase.Of(d.Kind),
                d.Number,
                d.IssuedOn,
                d.ExpiresOn,
                d.PhotoFileId is not null,
                Provenance.SelfReported
            ))
            .ToList();

    public static async Task<IReadOnlyList<TyreSetRow>> TyresAsync(
        CarPassDbContext db,
        List<Guid> ownedIds,
        CancellationToken ct
    ) =>
        (
            await db
                .TyreSets.AsNoTracking()
                .Where(t => ownedIds.Contains(t.VehicleId) && t.DeletedAt == null)
                .ToListAsync(ct)
        )
            .OrderBy(t => t.VehicleId)
            .ThenBy(t => t.CreatedAt)
            .Select(t => new TyreSetRow(
                t.Id,
                t.VehicleId,
                SnakeCase.Of(t.Season),
                t.Size,
                t.Studded,
                t.FittedOn,
                t.FittedKm,
                t.RemovedOn,
                Provenance.SelfReported
            ))
            .ToList();
}
