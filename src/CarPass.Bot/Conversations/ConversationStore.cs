using System.Text.Json;
using CarPass.Data.Bot;
using CarPass.Data.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CarPass.Bot.Conversations;

/// <summary>
/// Conversation state lives in the database (inside the update's transaction), never in memory,
/// so a restart or a second instance continues where the user left off.
/// </summary>
public sealed class ConversationStore(CarPassDbContext db, WriteGate gate, TimeProvider clock)
{
    // Every message in a chat reads its conversation: compiled once.
    private static readonly CompiledPerModel<Func<CarPassDbContext, long, CancellationToken, Task<Conversation?>>> Row =
        new(() =>
            EF.CompileAsyncQuery(
                (CarPassDbContext db, long chatId, CancellationToken ct) =>
                    db.Conversations.AsNoTracking().FirstOrDefault(c => c.ChatId == chatId)
            )
        );

    private static readonly CompiledPerModel<
        Func<CarPassDbContext, long, CancellationToken, Task<Conversation?>>
    > Tracked = new(() =>
        EF.CompileAsyncQuery(
            (CarPassDbContext db, long chatId, CancellationToken ct) =>
                db.Conversations.FirstOrDefault(c => c.ChatId == chatId)
        )
    );

    public async Task<ConversationState?> GetAsync(long chatId, CancellationToken ct)
    {
        var row = await Row.For(db)(db, chatId, ct);
        if (row is null || row.Flow.Length == 0)
            return null;
        var draft = JsonSerializer.Deserialize<Dictionary<string, string>>(row.DraftJson) ?? [];
        return new ConversationState(row.Flow, row.Step, draft, row.PromptMessageId);
    }

    public async Task SaveAsync(long chatId, ConversationState state, CancellationToken ct)
    {
        var row = await Tracked.For(db)(db, chatId, ct);
        if (row is null)
            db.Conversations.Add(row = new Conversation { ChatId = chatId });
        row.Flow = state.Flow;
        row.Step = state.Step;
        row.DraftJson = JsonSerializer.Serialize(state.Draft);
        row.PromptMessageId = state.PromptMessageId;
        row.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
    }

    /// <summary>
    /// Remembers the message that asks the chat's current question, so the next step can take its
    /// buttons away. A short write of its own once the reply is sent (replies go out after the
    /// update's commit); nothing in a flow depends on it, so a crash before it only leaves buttons.
    /// </summary>
    public async Task RememberPromptAsync(long chatId, int messageId, CancellationToken ct)
    {
        await using var transaction = await gate.BeginAsync(db, ct);
        await db
            .Conversations.Where(c => c.ChatId == chatId && c.Flow != "")
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.PromptMessageId, messageId), ct);
        await transaction.CommitAsync(ct);
    }

    /// <summary>Ends the chat's flow; with none under way it writes nothing, so a read-only update stays read-only.</summary>
    public async Task ClearAsync(long chatId, CancellationToken ct)
    {
        if (await Row.For(db)(db, chatId, ct) is not null)
            await db.Conversations.Where(c => c.ChatId == chatId).ExecuteDeleteAsync(ct);
    }
}
