using Microsoft.Data.Sqlite;

namespace CarPass.Bench.Jobs;

/// <summary>
/// What the maintenance sweep should queue, worked out in plain SQL from the reminders and trusted
/// readings by the rules in docs/NOTIFICATIONS.md, sharing no code with the product's sweep: one row
/// per owned active vehicle with an active reminder due or due within 30 days or 1,000 km: overdue
/// when a critical kind (engine oil, brake pads, brake fluid, timing belt, coolant, tyres; the table
/// in docs/SCORING.md) is due, due soon otherwise. Mileage is the highest trusted reading carried forward at
/// the pace of the half year before it (over at least 14 days, at most 1,500 km/day) for at most 90
/// whole days. The seeded owners have the default settings (every switch on, no mutes, none blocked the
/// bot), their own visits are the only pending requests (never nudged about), and no scores are
/// stored (no milestone or verified-service news), so maintenance rows are all there is to expect.
/// SQLite's month arithmetic differs from .NET's only when a month's last days overflow (the seed's
/// 12-month intervals: a reminder last done on 29 February).
/// </summary>
public static class SweepExpectation
{
    private const string Sql = """
        WITH owned AS (
            SELECT DISTINCT g.vehicle_id
            FROM vehicle_access_grants g JOIN vehicles v ON v.id = g.vehicle_id
            WHERE g.role = 'Owner' AND g.revoked_at IS NULL
              AND (g.expires_at IS NULL OR julianday(g.expires_at) > $now) AND v.state = 'Active'
        ),
        trusted AS (
            SELECT vehicle_id, value_km, julianday(recorded_at) AS at,
                   ROW_NUMBER() OVER (PARTITION BY vehicle_id ORDER BY value_km DESC, recorded_at) AS rank
            FROM odometer_readings
            WHERE is_trusted AND julianday(recorded_at) <= $now
        ),
        highest AS (SELECT vehicle_id, value_km, at FROM trusted WHERE rank = 1),
        window_start AS (
            SELECT t.vehicle_id, t.value_km, t.at,
                   ROW_NUMBER() OVER (PARTITION BY t.vehicle_id ORDER BY t.at) AS n
            FROM trusted t JOIN highest h ON h.vehicle_id = t.vehicle_id
            WHERE t.at >= h.at - 180
        ),
        mileage AS (
            SELECT h.vehicle_id,
                   h.value_km + coalesce(round(
                       CASE WHEN h.at - s.at >= 14 AND h.value_km > s.value_km
                            THEN min((h.value_km - s.value_km) / (h.at - s.at), 1500) END
                       * max(0, min(floor($now - h.at), 90))), 0) AS km
            FROM highest h JOIN window_start s ON s.vehicle_id = h.vehicle_id AND s.n = 1
        ),
        due AS (
            SELECT r.vehicle_id,
                   r.kind IN ('EngineOil', 'BrakePads', 'BrakeFluid', 'TimingBelt', 'Coolant', 'Tyres') AS critical,
                   julianday(r.last_done_at, '+' || r.interval_months || ' months') AS at,
                   r.last_done_km + r.interval_km AS km,
                   m.km AS today_km
            FROM maintenance_reminders r
            JOIN owned o ON o.vehicle_id = r.vehicle_id
            LEFT JOIN mileage m ON m.vehicle_id = r.vehicle_id
            WHERE r.is_active
        ),
        judged AS (
            SELECT vehicle_id,
                   critical AND coalesce($now >= at OR today_km >= km, 0) AS overdue,
                   coalesce($now >= at - 30 OR today_km >= km - 1000, 0) AS due_soon
            FROM due
        )
        SELECT vehicle_id, CASE WHEN max(overdue) THEN 'MaintenanceOverdue' ELSE 'MaintenanceDueSoon' END
        FROM judged
        WHERE overdue OR due_soon
        GROUP BY vehicle_id
        """;

    public static List<(string Vehicle, string Kind)> Expected(string path, DateTime nowUtc) => Read(path, Sql, nowUtc);

    public static List<(string Vehicle, string Kind)> Queued(string path) =>
        Read(path, "SELECT vehicle_id, kind FROM notification_outbox", null);

    private static List<(string, string)> Read(string path, string sql, DateTime? nowUtc)
    {
        using var connection = new SqliteConnection($"Data Source={path};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        if (nowUtc is { } now)
            command.Parameters.AddWithValue("$now", JulianDay(now));
        using var reader = command.ExecuteReader();
        var rows = new List<(string, string)>();
        while (reader.Read())
            rows.Add((reader.GetString(0), reader.GetString(1)));
        return rows;
    }

    private static double JulianDay(DateTime utc) => utc.ToOADate() + 2415018.5;
}
