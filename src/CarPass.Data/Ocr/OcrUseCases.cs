using CarPass.Data.Persistence;
using CarPass.Data.Vehicles;
using CarPass.Data.WritePath;
using CarPass.Domain.Common;
using CarPass.Domain.Ocr;
using Microsoft.EntityFrameworkCore;

namespace CarPass.Data.Ocr;

/// <summary>
/// Every read photo is kept (who, when, what was proposed, what was chosen). A confirmed value
/// reaches the vehicle only as the owner's own edit, through <see cref="VehicleUseCases"/>:
/// OCR never makes anything trusted by itself.
/// </summary>
public sealed class OcrUseCases(WriteRunner writes, VehicleUseCases vehicles, CarPassDbContext db)
{
    /// <summary>Stores a read; one with no candidates is stored as discarded, so the rate limit counts it too.</summary>
    public Task<Outcome<OcrScan>> RecordAsync(
        Guid userId,
        OcrKind kind,
        string? telegramFileId,
        IReadOnlyList<OcrCandidate> candidates,
        CancellationToken ct
    ) =>
        writes.RunAsync<OcrScan>(
            userId,
            async (scope, token) =>
            {
                if (!await scope.Db.Users.AnyAsync(u => u.Id == userId, token))
                    return new DomainError(ErrorCodes.UserNotFound);
                var found = candidates.Count > 0;
                var scan = new OcrScan
                {
                    UserId = userId,
                    Kind = kind,
                    TelegramFileId = telegramFileId,
                    CandidatesJson = OcrCandidatesJson.Write(candidates),
                    Status = found ? OcrScanStatus.Proposed : OcrScanStatus.Discarded,
                    CreatedAt = scope.Now,
                    DecidedAt = found ? null : scope.Now,
                };
                scope.Db.OcrScans.Add(scan);
                scope.Record("ocr.scanned", nameof(OcrScan), scan.Id, data: new { kind, candidates.Count });
                return scan;
            },
            ct
        );

    /// <summary>
    /// The owner picked these candidates for a vehicle (one tap for "all correct" on a certificate).
    /// The vehicle edit runs first as its own write, so a refused value (a wrong VIN, an archived
    /// car) leaves the scan open for another choice.
    /// </summary>
    public async Task<Outcome<OcrScan>> ConfirmAsync(
        Guid userId,
        Guid scanId,
        Guid vehicleId,
        IReadOnlyList<OcrCandidate> chosen,
        CancellationToken ct
    )
    {
        var scan = await db.OcrScans.AsNoTracking().FirstOrDefaultAsync(s => s.Id == scanId && s.UserId == userId, ct);
        if (CheckOpen(scan) is { } closed)
            return closed;
        var proposed = OcrCandidatesJson.Read(scan!.CandidatesJson);
        if (chosen.Count == 0 || !chosen.All(c => proposed.Any(p => p.Kind == c.Kind && p.Value == c.Value)))
            return new DomainError(OcrErrorCodes.ChoiceUnknown);
        var changes = OcrChoice.ToChanges(chosen);
        if (OcrChoice.ChangesVehicle(changes))
        {
            var updated = await vehicles.UpdateAsync(userId, vehicleId, changes, ct);
            if (!updated.IsSuccess)
                return updated.Error;
        }
        return await DecideAsync(userId, scanId, OcrScanStatus.Confirmed, vehicleId, OcrChoice.Describe(chosen), ct);
    }

    public Task<Outcome<OcrScan>> DiscardAsync(Guid userId, Guid scanId, CancellationToken ct) =>
        DecideAsync(userId, scanId, OcrScanStatus.Discarded, null, null, ct);

    private Task<Outcome<OcrScan>> DecideAsync(
        Guid userId,
        Guid scanId,
        OcrScanStatus status,
        Guid? vehicleId,
        string? chosenValue,
        CancellationToken ct
    ) =>
        writes.RunAsync<OcrScan>(
            userId,
            async (scope, token) =>
            {
                var scan = await scope.Db.OcrScans.FirstOrDefaultAsync(
                    s => s.Id == scanId && s.UserId == userId,
                    token
                );
                if (CheckOpen(scan) is { } closed)
                    return closed;
                scan!.Status = status;
                scan.VehicleId = vehicleId;
                scan.ChosenValue = chosenValue;
                scan.DecidedAt = scope.Now;
                scope.Record($"ocr.{SnakeCase.Of(status)}", nameof(OcrScan), scan.Id, vehicleId);
                return scan;
            },
            ct
        );

    private static DomainError? CheckOpen(OcrScan? scan) =>
        scan switch
        {
            null => new DomainError(OcrErrorCodes.ScanNotFound),
            { Status: not OcrScanStatus.Proposed } => new DomainError(OcrErrorCodes.ScanAlreadyDecided),
            _ => null,
        };
}
