using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace CarPass.Data.Persistence;

/// <summary>UTC times stored as SQLite TEXT in EF Core's own format, read back by a fast exact parser.</summary>
internal sealed class SqliteUtcDateTimeConverter()
    : ValueConverter<DateTime, string>(v => SqliteTimeText.Write(v), v => SqliteTimeText.Read(v));

internal sealed class NullableSqliteUtcDateTimeConverter()
    : ValueConverter<DateTime?, string?>(
        v => v == null ? null : SqliteTimeText.Write(v.Value),
        v => v == null ? null : SqliteTimeText.Read(v)
    );
