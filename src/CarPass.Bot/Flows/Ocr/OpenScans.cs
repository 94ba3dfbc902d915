using CarPass.Data.Ocr;
using CarPass.Data.Persistence;
using CarPass.Domain.Ocr;
using Microsoft.EntityFrameworkCore;

namespace CarPass.Bot.Flows.Ocr;

/// <summary>A person's own scan that still waits for a choice; any other (decided, someone else's) reads as absent.</summary>
public sealed class OpenScans(CarPassDbContext db)
{
    public async Task<IReadOnlyList<OcrCandidate>?> CandidatesAsync(Guid userId, Guid scanId, CancellationToken ct)
    {
        var json = await db
            .OcrScans.AsNoTracking()
            .Where(s => s.Id == scanId && s.UserId == userId && s.Status == OcrScanStatus.Proposed)
            .Select(s => s.CandidatesJson)
            .FirstOrDefaultAsync(ct);
        return json is null ? null : OcrCandidatesJson.Read(json);
    }
}
