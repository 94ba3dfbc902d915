using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace CarPass.Data.Persistence;

/// <summary>
/// A prepared SQLite INSERT for one entity's table, reused for every row of a batch. Columns, value
/// converters (enums as text, UTC dates) and parameter types come from the EF Core model, so rows
/// are stored exactly as <c>SaveChanges</c> stores them, at a fraction of its cost per row (EF Core's
/// SQLite provider builds and sends one command per row). For many new rows that nothing else in
/// the scope tracks: the maintenance sweep's outbox rows, the benchmark's seeding.
/// </summary>
public sealed class PreparedInsert<T> : IDisposable
    where T : class
{
    private readonly SqliteCommand _command;
    private readonly List<Column> _columns = [];

    /// <summary>On the context's own connection, inside its current transaction.</summary>
    public PreparedInsert(CarPassDbContext db)
        : this(
            db,
            (SqliteConnection)db.Database.GetDbConnection(),
            (SqliteTransaction?)db.Database.CurrentTransaction?.GetDbTransaction()
        ) { }

    public PreparedInsert(CarPassDbContext db, SqliteConnection connection, SqliteTransaction? transaction)
    {
        var entity =
            db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T)} is not mapped");
        _command = connection.CreateCommand();
        _command.Transaction = transaction;
        foreach (var property in entity.GetProperties())
            Add(property, row => row);
        // Owned types (a user's notification settings) live in their owner's table.
        foreach (var owned in entity.GetNavigations().Where(n => n.ForeignKey.IsOwnership))
        {
            var ownedOf = owned.GetGetter();
            foreach (var property in owned.TargetEntityType.GetProperties().Where(p => !p.IsPrimaryKey()))
                Add(property, row => ownedOf.GetClrValue(row)!);
        }
        var names = string.Join(", ", _columns.Select(c => c.Name));
        var values = string.Join(", ", _columns.Select(c => c.Parameter.ParameterName));
        _command.CommandText = $"INSERT INTO {entity.GetTableName()} ({names}) VALUES ({values})";
        _command.Prepare();
    }

    public void Insert(T row)
    {
        foreach (var column in _columns)
            column.Parameter.Value = column.Value(row) ?? DBNull.Value;
        _command.ExecuteNonQuery();
    }

    public void Dispose() => _command.Dispose();

    private void Add(IProperty property, Func<object, object> owner)
    {
        var mapping = (RelationalTypeMapping)property.GetRelationalTypeMapping();
        var parameter = mapping.CreateParameter(_command, $"@p{_columns.Count}", null, nullable: true);
        _command.Parameters.Add(parameter);
        var getter = property.GetGetter();
        var converter = mapping.Converter;
        _columns.Add(
            new Column(
                property.GetColumnName(),
                parameter,
                row =>
                {
                    var value = getter.GetClrValue(owner(row));
                    return converter is null || value is null ? value : converter.ConvertToProvider(value);
                }
            )
        );
    }

    /// <summary>A column, its parameter, and how a row's value for it is read and converted (looked up once).</summary>
    private sealed record Column(string Name, DbParameter Parameter, Func<object, object?> Value);
}
