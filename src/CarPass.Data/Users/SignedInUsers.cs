using CarPass.Data.Persistence;

namespace CarPass.Data.Users;

/// <summary>
/// The signed-in user of every API request. On SQLite, outside a transaction, the row is kept while
/// the database has not changed (<see cref="KeptUnderChanges{TKey, TValue}"/>): a new language or
/// name, written by the bot, another instance's CLI verb or this process, is read by the next request.
/// Elsewhere every request reads the row.
/// </summary>
public sealed class SignedInUsers(SqliteChanges changes)
{
    /// <summary>About 150 bytes a user: at most about 1.5 MB.</summary>
    public const int MaxUsers = 10_000;

    private readonly KeptUnderChanges<long, SignedInUser?> _kept = new(changes, MaxUsers);

    public Task<SignedInUser?> FindAsync(CarPassDbContext db, long telegramId, CancellationToken ct) =>
        db.IsSqlite && db.Database.CurrentTransaction is null
            ? KeptStatement.OnConnectionAsync(
                db,
                connection => _kept.Get(connection, telegramId, c => (SignedInUser.Read(c, telegramId), true)),
                ct
            )
            : SignedInUser.FindAsync(db, telegramId, ct);
}
