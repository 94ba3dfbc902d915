using CarPass.Data.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace CarPass.Data.Users;

/// <summary>
/// What a signed-in request needs of its user, found by the Telegram id of its validated initData.
/// Every API request reads it, so on SQLite it is a statement kept prepared on each connection
/// (<see cref="KeptStatement"/>) and elsewhere a compiled query. <see cref="SignedInUsers"/> keeps
/// the row between writes.
/// </summary>
public sealed record SignedInUser(Guid Id, long TelegramId, string FirstName, string Language)
{
    private static readonly KeptStatement ByTelegramId = new(
        "SELECT id, telegram_id, first_name, language FROM users WHERE telegram_id = ?1 LIMIT 1"
    );

    private static readonly CompiledPerModel<
        Func<CarPassDbContext, long, CancellationToken, Task<SignedInUser?>>
    > Compiled = new(() =>
        EF.CompileAsyncQuery(
            (CarPassDbContext db, long telegramId, CancellationToken ct) =>
                db
                    .Users.Where(u => u.TelegramId == telegramId)
                    .Select(u => new SignedInUser(u.Id, u.TelegramId, u.FirstName, u.Language))
                    .FirstOrDefault()
        )
    );

    public static Task<SignedInUser?> FindAsync(CarPassDbContext db, long telegramId, CancellationToken ct) =>
        db.IsSqlite
            ? KeptStatement.OnConnectionAsync(db, connection => Read(connection, telegramId), ct)
            : Compiled.For(db)(db, telegramId, ct);

    internal static SignedInUser? Read(SqliteConnection connection, long telegramId)
    {
        using var use = ByTelegramId.Start(connection);
        use.Bind(1, telegramId);
        return use.Read() ? new SignedInUser(use.Guid(0), use.Int64(1), use.Text(2), use.Text(3)) : null;
    }
}
