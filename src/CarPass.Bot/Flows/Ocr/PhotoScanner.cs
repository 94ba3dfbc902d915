using CarPass.Bot.Routing;
using CarPass.Data.Ocr;
using CarPass.Domain.Common;
using CarPass.Domain.Ocr;

namespace CarPass.Bot.Flows.Ocr;

/// <summary>
/// One photo, from its reading to a stored scan, inside the update's transaction: the photo was
/// downloaded and read before it (<see cref="PhotoPreparation"/>), so this only writes. A refused
/// or unreadable image writes nothing, an empty read is stored as discarded.
/// </summary>
public sealed class PhotoScanner(PreparedPhoto prepared, OcrUseCases scans)
{
    /// <summary>The answer when the photo was not read as this asks (the conversation changed in between).</summary>
    public const string NotRead = "bot.ocr.send_again";

    /// <param name="kind">Vin or Plate when the photo answers that question; Auto tells a certificate from the rest.</param>
    /// <param name="offer">Which candidates the person may choose; a scan with none is closed as discarded.</param>
    public async Task<Outcome<ScannedPhoto>> ScanAsync(
        BotContext ctx,
        IncomingImage image,
        OcrKind kind,
        Func<IReadOnlyList<OcrCandidate>, IReadOnlyList<int>> offer,
        CancellationToken ct
    )
    {
        if (prepared.For(image, kind) is not { } read)
            return new DomainError(NotRead);
        if (!read.IsSuccess)
            return read.Error;
        var candidates = read.Value.Candidates;
        var scan = await scans.RecordAsync(ctx.User.Id, read.Value.ReadAs, image.FileId, candidates, ct);
        if (!scan.IsSuccess)
            return scan.Error;
        var offered = offer(candidates);
        if (offered.Count > 0)
            return new ScannedPhoto(scan.Value.Id, candidates, offered);
        if (candidates.Count > 0)
            await scans.DiscardAsync(ctx.User.Id, scan.Value.Id, ct);
        return new DomainError(OcrErrorCodes.NothingFound);
    }
}
