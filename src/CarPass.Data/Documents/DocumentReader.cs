using CarPass.Data.Access;
using CarPass.Data.Persistence;
using CarPass.Domain.Documents;
using Microsoft.EntityFrameworkCore;

namespace CarPass.Data.Documents;

/// <summary>A vehicle's documents, for its owner only; null when the user is not the owner.</summary>
public sealed class DocumentReader(CarPassDbContext db, VehicleAccessReader access, TimeProvider clock)
{
    public async Task<OwnedDocuments?> OwnedAsync(Guid userId, Guid vehicleId, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        if (!await access.IsOwnerAsync(userId, vehicleId, now, ct))
            return null;
        var rows = await db
            .VehicleDocuments.AsNoTracking()
            .Where(d => d.VehicleId == vehicleId && d.DeletedAt == null)
            .Select(d => new
            {
                d.Id,
                d.Kind,
                d.Number,
                d.IssuedOn,
                d.ExpiresOn,
                HasPhoto = d.PhotoFileId != null,
            })
            .ToListAsync(ct);
        var items = rows.OrderBy(d => d.ExpiresOn)
            .Select(d => new DocumentView(
                d.Id,
                d.Kind,
                DocumentNumber.Mask(d.Number),
                d.IssuedOn,
                d.ExpiresOn,
                d.HasPhoto
            ))
            .ToList();
        return new OwnedDocuments(await OwnerToday.OfAsync(db, userId, now, ct), items);
    }

    /// <summary>The photo's Telegram file id, for the owner's own chat only.</summary>
    public async Task<string?> PhotoForOwnerAsync(Guid userId, Guid documentId, CancellationToken ct)
    {
        var document = await db
            .VehicleDocuments.AsNoTracking()
            .Where(d => d.Id == documentId && d.DeletedAt == null)
            .Select(d => new { d.VehicleId, d.PhotoFileId })
            .FirstOrDefaultAsync(ct);
        return
            document is not null
            && await access.IsOwnerAsync(userId, document.VehicleId, clock.GetUtcNow().UtcDateTime, ct)
            ? document.PhotoFileId
            : null;
    }
}
