using CarPass.Bot.Routing;
using CarPass.Data.Ocr;
using CarPass.Domain.Common;
using CarPass.Domain.Ocr;
using CarPass.Ocr;

namespace CarPass.Bot.Flows.Ocr;

/// <summary>
/// One photo, from the update to a stored scan: refuse what Telegram already says cannot be read,
/// keep to the per-person limit, show "typing…", download, read, store. Only the scan is written;
/// a refused or unreadable image writes nothing, an empty read is stored as discarded (it counts).
/// </summary>
public sealed class PhotoScanner(ImageDownloader downloads, IOcrService ocr, OcrRateLimiter limiter, OcrUseCases scans)
{
    private static readonly OcrField[] CertificateOnly = [OcrField.MakeModel, OcrField.Year, OcrField.Colour];

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
        if (downloads.Refuse(image) is { } refused)
            return refused;
        if (await limiter.CheckAsync(ctx.User.Id, ct) is { } limited)
            return limited;
        await downloads.ShowReadingAsync(ctx.ChatId, ct);
        var bytes = await downloads.DownloadAsync(image, ct);
        if (!bytes.IsSuccess)
            return bytes.Error!;
        var read = await ReadAsync(bytes.Value!, kind, ct);
        if (!read.IsSuccess)
            return read.Error!;
        var (readKind, candidates) = read.Value;
        var scan = await scans.RecordAsync(ctx.User.Id, readKind, image.FileId, candidates, ct);
        if (!scan.IsSuccess)
            return scan.Error!;
        var offered = offer(candidates);
        if (offered.Count > 0)
            return new ScannedPhoto(scan.Value!.Id, candidates, offered);
        if (candidates.Count > 0)
            await scans.DiscardAsync(ctx.User.Id, scan.Value!.Id, ct);
        return new DomainError(OcrErrorCodes.NothingFound);
    }

    /// <summary>
    /// The certificate reading runs first: fields only a certificate has (make and model, year,
    /// colour) make the photo one. Otherwise the VIN-and-plate reading, which also offers look-alike
    /// alternatives; the certificate's VIN or plate is kept when that finds nothing.
    /// </summary>
    private async Task<Outcome<(OcrKind, IReadOnlyList<OcrCandidate>)>> ReadAsync(
        byte[] image,
        OcrKind kind,
        CancellationToken ct
    )
    {
        var first = await ocr.ReadAsync(image, kind == OcrKind.Auto ? OcrKind.Document : kind, ct);
        if (!first.IsSuccess)
            return first.Error!;
        if (kind != OcrKind.Auto)
            return (kind, first.Value!.Candidates);
        var document = first.Value!.Candidates;
        if (document.Any(c => CertificateOnly.Contains(c.Kind)))
            return (OcrKind.Document, document);
        var auto = await ocr.ReadAsync(image, OcrKind.Auto, ct);
        if (!auto.IsSuccess)
            return auto.Error!;
        return auto.Value!.Found || document.Count == 0
            ? (OcrKind.Auto, auto.Value.Candidates)
            : (OcrKind.Document, document);
    }
}
