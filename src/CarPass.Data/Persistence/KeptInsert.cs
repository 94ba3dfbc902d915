using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace CarPass.Data.Persistence;

/// <summary>
/// An INSERT of one entity's row, prepared once per physical SQLite connection and kept there (as
/// <see cref="KeptStatement"/>). Columns and value converters come from the EF Core model, so a row is
/// stored exactly as <c>SaveChanges</c> stores it (<c>KeptInsertTests</c> compares them column for
/// column); EF Core's SQLite provider instead builds, prepares and finalizes a command for every row.
/// </summary>
internal sealed class KeptInsert
{
    private static readonly ConditionalWeakTable<IEntityType, KeptInsert> ByEntity = new();

    private readonly KeptStatement _statement;
    private readonly Func<object, object?>[] _values;

    private KeptInsert(IEntityType entity)
    {
        var properties = entity.GetProperties().ToList();
        _values = [.. properties.Select(ValueOf)];
        var names = string.Join(", ", properties.Select(p => p.GetColumnName()));
        var values = string.Join(", ", properties.Select((_, i) => $"?{i + 1}"));
        _statement = new KeptStatement($"INSERT INTO {entity.GetTableName()} ({names}) VALUES ({values})");
    }

    public static KeptInsert For(IEntityType entity) => ByEntity.GetValue(entity, e => new KeptInsert(e));

    /// <summary>Inserts <paramref name="row"/> on <paramref name="connection"/> (open, inside its transaction when it has one).</summary>
    public void Insert(SqliteConnection connection, object row)
    {
        using var use = _statement.Start(connection);
        for (var i = 0; i < _values.Length; i++)
            use.BindStored(i + 1, _values[i](row));
        use.Read();
    }

    private static Func<object, object?> ValueOf(IProperty property)
    {
        if (property.DeclaringType is not IEntityType)
            throw new NotSupportedException($"{property.Name}: owned and complex types are not kept inserts");
        var getter = property.GetGetter();
        var converter = ((RelationalTypeMapping)property.GetRelationalTypeMapping()).Converter;
        return row =>
        {
            var value = getter.GetClrValue(row);
            return converter is null || value is null ? value : converter.ConvertToProvider(value);
        };
    }
}
