using CarPass.Data.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CarPass.Data.Bot;

/// <summary>
/// A chat's conversation row, read by nearly every update and written by every step of a flow: on
/// SQLite as statements kept prepared per connection (<see cref="KeptStatement"/>), elsewhere
/// through EF Core. Rows come back untracked; a write is one upsert, with no read before it.
/// </summary>
public static class ConversationRows
{
    private static readonly KeptStatement Select = new(
        "SELECT flow, step, draft_json, prompt_message_id, updated_at FROM conversations WHERE chat_id = ?1"
    );

    private static readonly KeptStatement Upsert = new(
        """
        INSERT INTO conversations (chat_id, flow, step, draft_json, prompt_message_id, updated_at)
        VALUES (?1, ?2, ?3, ?4, ?5, ?6)
        ON CONFLICT (chat_id) DO UPDATE SET flow = excluded.flow, step = excluded.step,
            draft_json = excluded.draft_json, prompt_message_id = excluded.prompt_message_id,
            updated_at = excluded.updated_at
        """
    );

    private static readonly KeptStatement Delete = new("DELETE FROM conversations WHERE chat_id = ?1");

    private static readonly CompiledPerModel<Func<CarPassDbContext, long, CancellationToken, Task<Conversation?>>> Row =
        new(() =>
            EF.CompileAsyncQuery(
                (CarPassDbContext db, long chatId, CancellationToken ct) =>
                    db.Conversations.AsNoTracking().FirstOrDefault(c => c.ChatId == chatId)
            )
        );

    public static Task<Conversation?> FindAsync(CarPassDbContext db, long chatId, CancellationToken ct) =>
        db.IsSqlite
            ? KeptStatement.OnConnectionAsync(
                db,
                connection =>
                {
                    using var use = Select.Start(connection);
                    use.Bind(1, chatId);
                    return use.Read()
                        ? new Conversation
                        {
                            ChatId = chatId,
                            Flow = use.Text(0),
                            Step = (int)use.Int64(1),
                            DraftJson = use.Text(2),
                            PromptMessageId = use.IsNull(3) ? null : (int)use.Int64(3),
                            UpdatedAt = SqliteTimeText.Read(use.Text(4)),
                        }
                        : null;
                },
                ct
            )
            : Row.For(db)(db, chatId, ct);

    public static async Task SaveAsync(CarPassDbContext db, Conversation row, CancellationToken ct)
    {
        if (db.IsSqlite)
        {
            await Upsert.ExecuteAsync(
                db,
                use =>
                {
                    use.Bind(1, row.ChatId);
                    use.Bind(2, row.Flow);
                    use.Bind(3, row.Step);
                    use.Bind(4, row.DraftJson);
                    use.Bind(5, row.PromptMessageId);
                    use.Bind(6, row.UpdatedAt);
                },
                ct
            );
            return;
        }
        var tracked = await db.Conversations.FirstOrDefaultAsync(c => c.ChatId == row.ChatId, ct);
        if (tracked is null)
            db.Conversations.Add(tracked = new Conversation { ChatId = row.ChatId });
        tracked.Flow = row.Flow;
        tracked.Step = row.Step;
        tracked.DraftJson = row.DraftJson;
        tracked.PromptMessageId = row.PromptMessageId;
        tracked.UpdatedAt = row.UpdatedAt;
        await db.SaveChangesAsync(ct);
    }

    public static async Task DeleteAsync(CarPassDbContext db, long chatId, CancellationToken ct)
    {
        if (!db.IsSqlite)
        {
            await db.Conversations.Where(c => c.ChatId == chatId).ExecuteDeleteAsync(ct);
            return;
        }
        await Delete.ExecuteAsync(db, use => use.Bind(1, chatId), ct);
    }
}
