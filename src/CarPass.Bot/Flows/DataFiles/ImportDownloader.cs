using System.Security.Cryptography;
using CarPass.Bot.Flows.Ocr;
using CarPass.Data.Import;
using CarPass.Domain.Common;
using Microsoft.Extensions.Logging;
using Telegram.Bot;
using Telegram.Bot.Exceptions;

namespace CarPass.Bot.Flows.DataFiles;

/// <summary>
/// Fetches a file to import and reads it: refused from its announced size before any download, and never kept past
/// <see cref="ImportLimits.MaxFileBytes"/> while downloading (Telegram may announce no size, or a wrong one).
/// </summary>
public sealed class ImportDownloader(ITelegramBotClient bot, ILogger<ImportDownloader> logger)
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(20);

    public static DomainError? Refuse(long? announcedSize) =>
        announcedSize > ImportLimits.MaxFileBytes ? TooLarge() : null;

    /// <summary>The file fetched and recognised, and the same file as checked when a digest is given.</summary>
    public async Task<Outcome<(ParsedImport Parsed, string Digest)>> ReadAsync(
        string fileId,
        string? expectedDigest,
        CancellationToken ct
    )
    {
        var bytes = await DownloadAsync(fileId, ct);
        if (!bytes.IsSuccess)
            return bytes.Error;
        var digest = Convert.ToHexString(SHA256.HashData(bytes.Value));
        if (expectedDigest is not null && digest != expectedDigest)
            return new DomainError(ImportErrorCodes.Changed);
        var parsed = ImportParser.Parse(bytes.Value);
        return parsed.IsSuccess ? (parsed.Value, digest) : parsed.Error;
    }

    private async Task<Outcome<byte[]>> DownloadAsync(string fileId, CancellationToken ct)
    {
        using var bounded = CancellationTokenSource.CreateLinkedTokenSource(ct);
        bounded.CancelAfter(Timeout);
        await using var buffer = new BoundedBuffer(ImportLimits.MaxFileBytes);
        try
        {
            var file = await bot.GetFile(fileId, bounded.Token);
            if (Refuse(file.FileSize) is { } tooLarge)
                return tooLarge;
            if (file.FilePath is not { } path)
                return new DomainError("import_download_failed");
            await bot.DownloadFile(path, buffer, bounded.Token);
            return buffer.ToArray();
        }
        catch (Exception) when (buffer.Overflowed)
        {
            return TooLarge();
        }
        catch (RequestException e)
        {
            logger.LogWarning(e, "Could not download a file to import from Telegram");
            return new DomainError("import_download_failed");
        }
        catch (OperationCanceledException e) when (!ct.IsCancellationRequested)
        {
            logger.LogWarning(e, "Downloading a file to import took longer than {Timeout}", Timeout);
            return new DomainError("import_download_failed");
        }
    }

    private static DomainError TooLarge() => new(ImportErrorCodes.TooLarge, ImportLimits.MaxFileBytes / 1024);
}
