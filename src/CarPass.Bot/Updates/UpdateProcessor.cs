using CarPass.Bot.Conversations;
using CarPass.Bot.Flows.Ocr;
using CarPass.Bot.Loop;
using CarPass.Bot.Notifications;
using CarPass.Bot.Replies;
using CarPass.Bot.Routing;
using CarPass.Data.Bot;
using CarPass.Data.Notifications;
using CarPass.Data.Persistence;
using CarPass.Domain.Texts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Telegram.Bot.Types;

namespace CarPass.Bot.Updates;

/// <summary>
/// Applies one update exactly once: its effects, its conversation state and its update_id commit
/// in one transaction; replies go out only after the commit, so nothing is acknowledged unsaved.
/// A photo is downloaded and read first, outside any transaction and turn
/// (<see cref="PhotoPreparation"/>), so the transaction only stores the scan. An update that only
/// shows something is first tried without the write lock (see <see cref="ReadPhase"/>); then only
/// its update_id is written.
/// </summary>
public sealed class UpdateProcessor(
    CarPassDbContext db,
    WriteGate gate,
    ReadPhase readPhase,
    ConversationStore conversations,
    PhotoPreparation photos,
    UpdateRouter router,
    ReplySender sender,
    RequestNotices requestNotices,
    NudgeSender nudges,
    TimeProvider clock,
    ILogger<UpdateProcessor> logger
)
{
    private static readonly TimeSpan ReplyTimeout = TimeSpan.FromSeconds(15);

    /// <param name="turns">Taken for the database work, not while the replies go out; null when the caller limits nothing.</param>
    public async Task ProcessAsync(Update update, UpdateTurns? turns, CancellationToken ct)
    {
        // A redelivered update is recognised before anything is downloaded.
        if (PhotoMessage.Of(update) is { } photo && !await HandledUpdates.IsHandledAsync(db, update.Id, ct))
            await photos.PrepareAsync(update.Id, photo, ct);
        var replies = new ReplyQueue();
        var applied = false;
        // The turn covers the database work only: sending the replies waits on Telegram, not on a core.
        if (turns is null)
            applied = await ApplyAsync(update, replies, ct);
        else
            await turns.RunAsync(async () => applied = await ApplyAsync(update, replies, ct), ct);
        if (applied)
            await ReplyAsync(replies);
    }

    private async Task ReplyAsync(ReplyQueue replies)
    {
        // The change is committed: its reply goes out even while the host is stopping, so a
        // graceful stop never leaves a saved action unanswered (only a hard kill can).
        using var sendWindow = new CancellationTokenSource(ReplyTimeout);
        await sender.FlushAsync(replies, sendWindow.Token);
        await SendRequestNoticesAsync(replies, sendWindow.Token);
    }

    /// <summary>
    /// A request's notice sits in the outbox, committed with the request; it goes out now unless
    /// quiet hours hold it. If sending fails here the row is still there and the sender job sends it.
    /// </summary>
    private async Task SendRequestNoticesAsync(ReplyQueue replies, CancellationToken ct)
    {
        var rows = replies.RequestNotices.Select(requestNotices.RowOf).OfType<Guid>().ToList();
        try
        {
            await nudges.SendNowAsync(rows, ct);
        }
        catch (Exception e)
        {
            logger.LogWarning(
                e,
                "A request's notice could not be sent at once; the outbox keeps it for the sender job"
            );
        }
    }

    private async Task<bool> ApplyAsync(Update update, ReplyQueue replies, CancellationToken ct)
    {
        switch (await ReadFirstAsync(update, replies, ct))
        {
            case { Seen: true }:
                return false;
            case { Held: null }:
                return await MarkHandledAsync(update, ct);
            case { Held: { } held }:
                return await MarkHandledAsync(update, held, ct);
            default:
                return await ApplyInTransactionAsync(update, replies, ct);
        }
    }

    /// <summary>
    /// The guess and the try without the lock share one pooled connection, closed before the
    /// update's mark or write, which take the gate's writer connection (<see cref="WriteGate"/>).
    /// Null when the update is to be applied as a write.
    /// </summary>
    private async Task<ReadOnlyRun?> ReadFirstAsync(Update update, ReplyQueue replies, CancellationToken ct)
    {
        if (!readPhase.Available)
            return null;
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            if (!await TriesReadFirstAsync(update, ct))
                return null;
            var run = await TryReadOnlyAsync(update, replies, ct);
            if (run is null)
                replies.Clear();
            return run;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>The router's guess; one that fails (a chat's state it cannot read) sends the update to the write path, which answers a bug as one.</summary>
    private async Task<bool> TriesReadFirstAsync(Update update, CancellationToken ct)
    {
        try
        {
            return await router.TriesReadFirstAsync(update, ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogDebug(e, "Update {UpdateId} could not be sorted; applying it as a write", update.Id);
            return false;
        }
    }

    /// <summary>Null when the update wrote after all (or failed): it is then applied as a write. Marks nothing.</summary>
    private async Task<ReadOnlyRun?> TryReadOnlyAsync(Update update, ReplyQueue replies, CancellationToken ct)
    {
        var seen = false;
        HeldConversation? held;
        conversations.Hold();
        try
        {
            var readOnly = await readPhase.TryAsync(
                async token =>
                {
                    seen = await HandledUpdates.IsHandledAsync(db, update.Id, token);
                    if (!seen)
                        await router.RouteAsync(update, replies, token);
                },
                ct
            );
            held = conversations.StopHolding();
            if (!readOnly)
                return null;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            conversations.StopHolding();
            logger.LogDebug(e, "Update {UpdateId} failed without the write lock; applying it as a write", update.Id);
            return null;
        }
        return new ReadOnlyRun(seen, held);
    }

    /// <summary>An update handled without the write lock: whether it had been handled before, and the chat's step it held.</summary>
    private sealed record ReadOnlyRun(bool Seen, HeldConversation? Held);

    private async Task<bool> ApplyInTransactionAsync(Update update, ReplyQueue replies, CancellationToken ct)
    {
        try
        {
            await using var transaction = await gate.BeginAsync(db, ct);
            if (await HandledUpdates.IsHandledAsync(db, update.Id, ct))
                return false;
            await router.RouteAsync(update, replies, ct);
            await MarkProcessedAsync(update, ct);
            await transaction.CommitAsync(ct);
            return true;
        }
        catch (Exception e) when (DatabaseBusy.Is(e))
        {
            // Nothing is wrong with the update: it stays unhandled, and the loop tries it again
            // after its backoff (the whole chat waits, so its order holds).
            logger.LogWarning(e, "Update {UpdateId} found the database busy; it will be tried again", update.Id);
            throw;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogError(e, "Update {UpdateId} failed; its changes were rolled back", update.Id);
            db.ChangeTracker.Clear();
            replies.Clear();
            return await RecordFailureAsync(update, replies, ct);
        }
    }

    /// <summary>
    /// A bug must not make an update come back forever: it is recorded as handled and the user is
    /// told that nothing was saved. If even this fails (the database is down or busy), the error
    /// reaches the update loop, which backs off and tries the update again later.
    /// </summary>
    private async Task<bool> RecordFailureAsync(Update update, ReplyQueue replies, CancellationToken ct)
    {
        if (!await MarkHandledAsync(update, ct))
            return false;
        var from = update.Message?.From ?? update.CallbackQuery?.From;
        var chatId = update.Message?.Chat.Id ?? update.CallbackQuery?.Message?.Chat.Id;
        var text = TextCatalog.Get(Languages.FromCode(from?.LanguageCode), "bot.failed");
        if (update.CallbackQuery is { } query)
            replies.AnswerCallback(query.Id);
        if (chatId is { } chat)
            replies.Send(chat, Html.Escape(text));
        return true;
    }

    /// <summary>Writes only the update_id, in one statement of its own; false when the update had been handled meanwhile.</summary>
    private Task<bool> MarkHandledAsync(Update update, CancellationToken ct) =>
        gate.RunAsync(db, () => HandledUpdates.TryMarkAsync(db, update.Id, clock.GetUtcNow().UtcDateTime, ct), ct);

    /// <summary>Writes the update_id and the chat's new step held while it ran; false when the update had been handled meanwhile.</summary>
    private async Task<bool> MarkHandledAsync(Update update, HeldConversation held, CancellationToken ct)
    {
        await using var transaction = await gate.BeginAsync(db, ct);
        if (await HandledUpdates.IsHandledAsync(db, update.Id, ct))
            return false;
        await conversations.WriteHeldAsync(held, ct);
        await MarkProcessedAsync(update, ct);
        await transaction.CommitAsync(ct);
        return true;
    }

    private async Task MarkProcessedAsync(Update update, CancellationToken ct)
    {
        // Anything a handler left unsaved commits with the mark, as one transaction.
        if (db.ChangeTracker.HasChanges())
            await db.SaveChangesAsync(ct);
        await HandledUpdates.MarkAsync(db, update.Id, clock.GetUtcNow().UtcDateTime, ct);
    }
}
