using CarPass.Data.Persistence;
using CarPass.Data.WritePath;
using CarPass.Domain.Common;
using CarPass.Domain.Ocr;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CarPass.Data.Ocr;

/// <summary>
/// How many photos one person may send to be read in a window (<see cref="OcrScanOptions"/>),
/// counted in ocr_attempts so every instance agrees. Every attempt counts, whatever becomes of the
/// photo (unreadable, blank, too large, not a picture), and it is counted before the download.
/// </summary>
public sealed class OcrRateLimiter(CarPassDbContext db, WriteRunner writes, IOptions<OcrScanOptions> options)
{
    /// <summary>
    /// Counts the attempt an update brings, or refuses it when the window is full (a refused one is
    /// not counted). The same update counted again (a redelivery) is let through and counts once.
    /// A person's updates run one at a time, in order, on every instance, so the count is exact.
    /// </summary>
    /// <returns>Null to go ahead, or <c>ocr_rate_limited</c> with the minutes to wait.</returns>
    public async Task<DomainError?> CountAsync(Guid userId, long updateId, CancellationToken ct)
    {
        // A redelivery finds its attempt without waiting for the write lock.
        if (await db.OcrAttempts.AsNoTracking().AnyAsync(a => a.UpdateId == updateId, ct))
            return null;
        var counted = await writes.RunAsync<OcrAttempt>(
            userId,
            async (scope, token) =>
            {
                if (await scope.Db.OcrAttempts.FirstOrDefaultAsync(a => a.UpdateId == updateId, token) is { } seen)
                    return seen;
                if (await WaitAsync(scope, userId, token) is { } limited)
                    return limited;
                var attempt = new OcrAttempt
                {
                    UpdateId = updateId,
                    UserId = userId,
                    CreatedAt = scope.Now,
                };
                scope.Db.OcrAttempts.Add(attempt);
                return attempt;
            },
            ct
        );
        return counted.Error;
    }

    private async Task<DomainError?> WaitAsync(WriteScope scope, Guid userId, CancellationToken ct)
    {
        var limit = options.Value;
        var since = scope.Now - limit.Window;
        var recent = await scope
            .Db.OcrAttempts.AsNoTracking()
            .Where(a => a.UserId == userId && a.CreatedAt > since)
            .OrderBy(a => a.CreatedAt)
            .Select(a => a.CreatedAt)
            .Take(limit.MaxScans)
            .ToListAsync(ct);
        if (recent.Count < limit.MaxScans)
            return null;
        var wait = recent[0] + limit.Window - scope.Now;
        return new DomainError(OcrErrorCodes.RateLimited, Math.Max(1, (int)Math.Ceiling(wait.TotalMinutes)));
    }
}
