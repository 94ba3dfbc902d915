using CarPass.Data.Persistence;
using CarPass.Domain.Common;
using CarPass.Domain.Ocr;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CarPass.Data.Ocr;

/// <summary>
/// Counts a person's recent rows in ocr_scans, so every instance of a scaled-out host agrees.
/// Call it before reading a photo; two photos sent in the same instant may both pass (a soft limit).
/// </summary>
public sealed class OcrRateLimiter(CarPassDbContext db, TimeProvider clock, IOptions<OcrScanOptions> options)
{
    public async Task<DomainError?> CheckAsync(Guid userId, CancellationToken ct)
    {
        var limit = options.Value;
        var now = clock.GetUtcNow().UtcDateTime;
        var since = now - limit.Window;
        var recent = await db
            .OcrScans.AsNoTracking()
            .Where(s => s.UserId == userId && s.CreatedAt > since)
            .OrderBy(s => s.CreatedAt)
            .Select(s => s.CreatedAt)
            .Take(limit.MaxScans)
            .ToListAsync(ct);
        if (recent.Count < limit.MaxScans)
            return null;
        var wait = recent[0] + limit.Window - now;
        return new DomainError(OcrErrorCodes.RateLimited, Math.Max(1, (int)Math.Ceiling(wait.TotalMinutes)));
    }
}
