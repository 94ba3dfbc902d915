using CarPass.Bot.Conversations;
using CarPass.Data.Ocr;
using CarPass.Data.Persistence;
using CarPass.Data.Users;
using CarPass.Data.Vehicles;
using CarPass.Domain.Common;
using CarPass.Domain.Ocr;
using CarPass.Ocr;
using Microsoft.Extensions.Logging;

namespace CarPass.Bot.Flows.Ocr;

/// <summary>
/// Reads an update's photo before the update's transaction, so the database's write lock is never
/// held while Telegram sends the file, the image is decoded or Tesseract runs. It decides what the
/// photo answers with the handler's own rule (<see cref="PhotoQuestion"/>, from the conversation read
/// without the write lock; a chat's updates run one at a time, so it is the state the handler sees),
/// counts the attempt against the sender's limit, then downloads and reads it and keeps the result
/// for the handler (<see cref="PreparedPhoto"/>). The update processor calls it only for a photo of
/// an update not handled yet. What needs no reading (someone new, no vehicle, a
/// step that takes no photo) is left to the handler, which then reads nothing either. A busy
/// database ends the update here (the loop tries it again); a bug is logged and left to the
/// handler, which answers an unread photo "please send it again", or fails the same way and
/// records the update as failed.
/// </summary>
public sealed class PhotoPreparation(
    RecipientReader people,
    ConversationStore conversations,
    VehicleReader vehicles,
    OcrRateLimiter limiter,
    ImageDownloader downloads,
    PhotoSlots slots,
    IOcrService ocr,
    PreparedPhoto prepared,
    ILogger<PhotoPreparation> logger
)
{
    public async Task PrepareAsync(long updateId, PhotoMessage photo, CancellationToken ct)
    {
        try
        {
            await PrepareOrThrowAsync(updateId, photo, ct);
        }
        catch (Exception e) when (e is not OperationCanceledException && !DatabaseBusy.Is(e))
        {
            logger.LogError(e, "The photo of update {UpdateId} could not be read", updateId);
        }
    }

    private async Task PrepareOrThrowAsync(long updateId, PhotoMessage photo, CancellationToken ct)
    {
        if (await people.ByTelegramIdAsync(photo.SenderId, ct) is not { Id: var userId })
            return;
        var question = PhotoQuestion.Of(await conversations.GetAsync(photo.ChatId, ct));
        if (
            question.Refusal is not null
            || !question.ForCorrection && (await vehicles.EditableAsync(userId, ct)).Count == 0
        )
            return;
        prepared.Keep(photo.Image, question.Kind, await ReadAsync(userId, updateId, photo, question.Kind, ct));
    }

    private async Task<Outcome<OcrResult>> ReadAsync(
        Guid userId,
        long updateId,
        PhotoMessage photo,
        OcrKind kind,
        CancellationToken ct
    )
    {
        if (await limiter.CountAsync(userId, updateId, ct) is { } limited)
            return limited;
        if (downloads.Refuse(photo.Image) is { } refused)
            return refused;
        await downloads.ShowReadingAsync(photo.ChatId, ct);
        return await slots.RunAsync(
            async () =>
            {
                var bytes = await downloads.DownloadAsync(photo.Image, ct);
                // One code path with the CLI: CarPass.Ocr decides what an unknown photo is (AutoReader).
                return bytes.IsSuccess ? await ocr.ReadAsync(bytes.Value, kind, ct) : bytes.Error;
            },
            ct
        );
    }
}
