using Microsoft.Data.Sqlite;

namespace CarPass.Bench.Recompute;

/// <summary>
/// The baseline: every row a recompute reads (vehicles, their grants and records, the centres of
/// their visits), each column read once, through plain data readers — no EF Core, no scoring, no writes.
/// </summary>
public static class PlainTableRead
{
    private static readonly string[] Tables =
    [
        "vehicles",
        "vehicle_access_grants",
        "odometer_readings",
        "fuel_entries",
        "service_entries",
        "service_visits",
        "maintenance_reminders",
        "service_centers",
    ];

    public static long ReadAll(string path)
    {
        using var connection = new SqliteConnection($"Data Source={path};Mode=ReadOnly");
        connection.Open();
        long values = 0;
        foreach (var table in Tables)
        {
            using var command = connection.CreateCommand();
            command.CommandText = $"SELECT * FROM {table}";
            using var reader = command.ExecuteReader();
            var row = new object[reader.FieldCount];
            while (reader.Read())
                values += reader.GetValues(row);
        }
        return values;
    }
}
