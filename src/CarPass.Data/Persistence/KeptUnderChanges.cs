using System.Collections.Concurrent;
using Microsoft.Data.Sqlite;

namespace CarPass.Data.Persistence;

/// <summary>
/// Answers read from one SQLite database, kept while the database has not changed since they were
/// read (<see cref="SqliteChanges"/>): the first read after any committed write, by anyone, reads
/// again. At most <paramref name="maxEntries"/> answers; reaching the bound drops them all.
/// </summary>
public sealed class KeptUnderChanges<TKey, TValue>(SqliteChanges changes, int maxEntries)
    where TKey : notnull
{
    private readonly ConcurrentDictionary<TKey, (long Epoch, TValue Value)> _kept = new();

    /// <summary>
    /// The kept answer for <paramref name="key"/>, or <paramref name="read"/>'s on
    /// <paramref name="connection"/> (open, outside a transaction), kept when it says so.
    /// </summary>
    public TValue Get(SqliteConnection connection, TKey key, Func<SqliteConnection, (TValue Value, bool Keep)> read)
    {
        var epoch = changes.Observe(connection);
        if (_kept.TryGetValue(key, out var kept) && kept.Epoch == epoch)
            return kept.Value;
        var (value, keep) = read(connection);
        if (keep)
        {
            if (_kept.Count >= maxEntries)
                _kept.Clear();
            _kept[key] = (epoch, value);
        }
        return value;
    }
}
