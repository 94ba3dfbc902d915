using System.Text.Json;
using CarPass.Data.Bot;
using CarPass.Data.Persistence;

namespace CarPass.Bot.Conversations;

/// <summary>
/// Conversation state lives in the database (inside the update's transaction), never only in
/// memory, so a restart or a second instance continues where the user left off. The one exception
/// is the id of a question just sent (<see cref="PendingPrompts"/>), stored with the chat's next step.
/// </summary>
public sealed class ConversationStore(CarPassDbContext db, PendingPrompts prompts, TimeProvider clock)
{
    public async Task<ConversationState?> GetAsync(long chatId, CancellationToken ct)
    {
        var row = await ConversationRows.FindAsync(db, chatId, ct);
        if (row is null || row.Flow.Length == 0)
            return null;
        var draft = JsonSerializer.Deserialize<Dictionary<string, string>>(row.DraftJson) ?? [];
        return new ConversationState(row.Flow, row.Step, draft, prompts.Latest(chatId) ?? row.PromptMessageId);
    }

    public async Task SaveAsync(long chatId, ConversationState state, CancellationToken ct)
    {
        await ConversationRows.SaveAsync(
            db,
            new Conversation
            {
                ChatId = chatId,
                Flow = state.Flow,
                Step = state.Step,
                DraftJson = JsonSerializer.Serialize(state.Draft),
                PromptMessageId = state.PromptMessageId,
                UpdatedAt = clock.GetUtcNow().UtcDateTime,
            },
            ct
        );
        prompts.Forget(chatId);
    }

    /// <summary>Ends the chat's flow; with none under way it writes nothing, so a read-only update stays read-only.</summary>
    public async Task ClearAsync(long chatId, CancellationToken ct)
    {
        if (await ConversationRows.FindAsync(db, chatId, ct) is not null)
            await ConversationRows.DeleteAsync(db, chatId, ct);
        prompts.Forget(chatId);
    }
}
