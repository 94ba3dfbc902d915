using CarPass.Bot.Replies;
using CarPass.Bot.Routing;
using CarPass.Data.Bot;
using CarPass.Data.Persistence;
using CarPass.Domain.Texts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Telegram.Bot.Types;

namespace CarPass.Bot.Updates;

/// <summary>
/// Applies one update exactly once: its effects, its conversation state and its update_id commit
/// in one transaction; replies go out only after the commit, so nothing is acknowledged unsaved.
/// </summary>
public sealed class UpdateProcessor(
    CarPassDbContext db,
    UpdateRouter router,
    ReplySender sender,
    TimeProvider clock,
    ILogger<UpdateProcessor> logger
)
{
    private static readonly TimeSpan ReplyTimeout = TimeSpan.FromSeconds(15);

    public async Task ProcessAsync(Update update, CancellationToken ct)
    {
        var replies = new ReplyQueue();
        if (!await ApplyAsync(update, replies, ct))
            return;
        // The change is committed: its reply goes out even while the host is stopping, so a
        // graceful stop never leaves a saved action unanswered (only a hard kill can).
        using var sendWindow = new CancellationTokenSource(ReplyTimeout);
        await sender.FlushAsync(replies, sendWindow.Token);
    }

    private async Task<bool> ApplyAsync(Update update, ReplyQueue replies, CancellationToken ct)
    {
        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            if (await db.ProcessedUpdates.AnyAsync(p => p.UpdateId == update.Id, ct))
                return false;
            await router.RouteAsync(update, replies, ct);
            await MarkProcessedAsync(update, ct);
            await transaction.CommitAsync(ct);
            return true;
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
    /// told that nothing was saved. If even this fails (the database is down), the error reaches
    /// the update loop, which backs off and tries the update again later.
    /// </summary>
    private async Task<bool> RecordFailureAsync(Update update, ReplyQueue replies, CancellationToken ct)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        if (await db.ProcessedUpdates.AnyAsync(p => p.UpdateId == update.Id, ct))
            return false;
        await MarkProcessedAsync(update, ct);
        await transaction.CommitAsync(ct);
        var from = update.Message?.From ?? update.CallbackQuery?.From;
        var chatId = update.Message?.Chat.Id ?? update.CallbackQuery?.Message?.Chat.Id;
        var text = TextCatalog.Get(Languages.FromCode(from?.LanguageCode), "bot.failed");
        if (update.CallbackQuery is { } query)
            replies.AnswerCallback(query.Id);
        if (chatId is { } chat)
            replies.Send(chat, Html.Escape(text));
        return true;
    }

    private async Task MarkProcessedAsync(Update update, CancellationToken ct)
    {
        db.ProcessedUpdates.Add(
            new ProcessedUpdate { UpdateId = update.Id, ProcessedAt = clock.GetUtcNow().UtcDateTime }
        );
        await db.SaveChangesAsync(ct);
    }
}
