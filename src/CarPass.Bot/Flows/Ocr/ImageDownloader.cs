using CarPass.Domain.Common;
using CarPass.Domain.Ocr;
using CarPass.Ocr;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types.Enums;

namespace CarPass.Bot.Flows.Ocr;

/// <summary>
/// Fetches a photo from Telegram into memory (getFile, then the file itself), never more than the
/// size limit and never longer than 20 s. Runs before the update's transaction, holding no lock.
/// </summary>
public sealed class ImageDownloader(
    ITelegramBotClient bot,
    IOptions<OcrOptions> options,
    ILogger<ImageDownloader> logger
)
{
    /// <summary>The bot's own reply when Telegram could not hand the file over (a text key, not an OCR code).</summary>
    public const string DownloadFailed = "bot.ocr.download_failed";

    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(20);

    private int MaxMegabytes => options.Value.MaxImageMegabytes;
    private long MaxBytes => MaxMegabytes * 1024L * 1024;

    /// <summary>What Telegram already said about the file is enough to refuse it: too large, or not a picture.</summary>
    public DomainError? Refuse(IncomingImage image) =>
        image.FileSize > MaxBytes ? TooLarge()
        : image.PlainlyNotAnImage ? new DomainError(OcrErrorCodes.NotAnImage)
        : null;

    /// <summary>"typing…" in the chat while the photo is read; it is only a courtesy, so a failure is logged and ignored.</summary>
    public async Task ShowReadingAsync(long chatId, CancellationToken ct)
    {
        try
        {
            await bot.SendChatAction(chatId, ChatAction.Typing, cancellationToken: ct);
        }
        catch (RequestException e)
        {
            logger.LogWarning(e, "Could not show the reading indicator in chat {ChatId}", chatId);
        }
    }

    public async Task<Outcome<byte[]>> DownloadAsync(IncomingImage image, CancellationToken ct)
    {
        using var bounded = CancellationTokenSource.CreateLinkedTokenSource(ct);
        bounded.CancelAfter(Timeout);
        await using var buffer = new BoundedBuffer(MaxBytes);
        try
        {
            var file = await bot.GetFile(image.FileId, bounded.Token);
            if (file.FileSize > MaxBytes)
                return TooLarge();
            if (file.FilePath is not { } path)
                return new DomainError(DownloadFailed);
            await bot.DownloadFile(path, buffer, bounded.Token);
            return buffer.ToArray();
        }
        catch (Exception) when (buffer.Overflowed)
        {
            return TooLarge(); // however the client wrapped the buffer's refusal
        }
        catch (RequestException e)
        {
            logger.LogWarning(e, "Could not download a photo from Telegram");
            return new DomainError(DownloadFailed);
        }
        catch (OperationCanceledException e) when (!ct.IsCancellationRequested)
        {
            logger.LogWarning(e, "Downloading a photo took longer than {Timeout}", Timeout);
            return new DomainError(DownloadFailed);
        }
    }

    private DomainError TooLarge() => new(OcrErrorCodes.ImageTooLarge, MaxMegabytes);
}
