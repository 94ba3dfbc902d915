using CarPass.Data.Persistence;
using CarPass.Domain.Ocr;
using Microsoft.EntityFrameworkCore;

namespace CarPass.Data.Ocr;

/// <summary>A person's own scans that still wait for a choice.</summary>
public sealed class ScanReader(CarPassDbContext db)
{
    /// <summary>The candidates of the scan; null when it is decided or someone else's (it reads as absent).</summary>
    public async Task<IReadOnlyList<OcrCandidate>?> OpenCandidatesAsync(Guid userId, Guid scanId, CancellationToken ct)
    {
        var json = await db
            .OcrScans.AsNoTracking()
            .Where(s => s.Id == scanId && s.UserId == userId && s.Status == OcrScanStatus.Proposed)
            .Select(s => s.CandidatesJson)
            .FirstOrDefaultAsync(ct);
        return json is null ? null : OcrCandidatesJson.Read(json);
    }
}
