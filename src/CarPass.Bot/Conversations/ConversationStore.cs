using System.Text.Json;
using CarPass.Data.Bot;
using CarPass.Data.Persistence;

namespace CarPass.Bot.Conversations;

/// <summary>
/// Conversation state lives in the database (inside the update's transaction), never only in
/// memory, so a restart or a second instance continues where the user left off. The one exception
/// is the id of a question just sent (<see cref="PendingPrompts"/>), stored with the chat's next step.
/// While an update is tried without the write lock (<see cref="Hold"/>), its change to the
/// conversation is held and written with the update's mark, in one short transaction.
/// </summary>
public sealed class ConversationStore(CarPassDbContext db, PendingPrompts prompts, TimeProvider clock)
{
    private bool _holding;
    private HeldConversation? _held;

    public async Task<ConversationState?> GetAsync(long chatId, CancellationToken ct)
    {
        if (_held is { } held && held.ChatId == chatId)
            return held.Row is { Flow.Length: > 0 } kept ? StateOf(kept, kept.PromptMessageId) : null;
        var row = await ConversationRows.FindAsync(db, chatId, ct);
        if (row is null || row.Flow.Length == 0)
            return null;
        return StateOf(row, prompts.Latest(chatId) ?? row.PromptMessageId);
    }

    public async Task SaveAsync(long chatId, ConversationState state, CancellationToken ct)
    {
        var row = new Conversation
        {
            ChatId = chatId,
            Flow = state.Flow,
            Step = state.Step,
            DraftJson = JsonSerializer.Serialize(state.Draft),
            PromptMessageId = state.PromptMessageId,
            UpdatedAt = clock.GetUtcNow().UtcDateTime,
        };
        if (_holding)
        {
            _held = new HeldConversation(chatId, row);
            return;
        }
        await ConversationRows.SaveAsync(db, row, ct);
        prompts.Forget(chatId);
    }

    /// <summary>Ends the chat's flow; with none under way it writes nothing, so a read-only update stays read-only.</summary>
    public async Task ClearAsync(long chatId, CancellationToken ct)
    {
        var stored = await ConversationRows.FindAsync(db, chatId, ct) is not null;
        if (_holding)
        {
            _held = stored ? new HeldConversation(chatId, null) : null;
            return;
        }
        if (stored)
            await ConversationRows.DeleteAsync(db, chatId, ct);
        prompts.Forget(chatId);
    }

    /// <summary>From now on a change is held, not written (the update is tried without the write lock).</summary>
    public void Hold()
    {
        _holding = true;
        _held = null;
    }

    /// <summary>Writes again from now on; returns the change held meanwhile, if any, for <see cref="WriteHeldAsync"/>.</summary>
    public HeldConversation? StopHolding()
    {
        var held = _held;
        _holding = false;
        _held = null;
        return held;
    }

    /// <summary>Writes a held change, inside the caller's transaction.</summary>
    public async Task WriteHeldAsync(HeldConversation held, CancellationToken ct)
    {
        if (held.Row is { } row)
            await ConversationRows.SaveAsync(db, row, ct);
        else
            await ConversationRows.DeleteAsync(db, held.ChatId, ct);
        prompts.Forget(held.ChatId);
    }

    private static ConversationState StateOf(Conversation row, int? promptMessageId) =>
        new(
            row.Flow,
            row.Step,
            JsonSerializer.Deserialize<Dictionary<string, string>>(row.DraftJson) ?? [],
            promptMessageId
        );
}

/// <summary>A chat's conversation as an update left it while it was tried without the write lock: null Row means ended.</summary>
public sealed record HeldConversation(long ChatId, Conversation? Row);
