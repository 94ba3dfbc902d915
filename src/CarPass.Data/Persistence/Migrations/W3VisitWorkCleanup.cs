namespace CarPass.Data.Persistence.Migrations;

/// <summary>
/// Brings older visits under the rules that came with visit work. A visit the owner hid used to
/// carry the status Hidden, which took it out of its centre's figures: it gets back the status it had
/// (read from its audit entry) and keeps being hidden through <c>hidden_at</c>. A visit an operator
/// turned into Confirmed by resolving a dispute for the centre, which its owner never confirmed,
/// goes back to waiting for the owner. The same SQL runs on SQLite and PostgreSQL; only reading a
/// JSON field differs.
/// </summary>
internal static class W3VisitWorkCleanup
{
    public const string SqliteFrom = "json_extract(a.data_json, '$.from')";
    public const string PostgresFrom = "(a.data_json::json ->> 'from')";

    public static string Sql(string from) =>
        $"""
            UPDATE service_visits SET hidden_at = status_changed_at,
                status = COALESCE((SELECT {from} FROM audit_log a
                    WHERE a.entity_id = service_visits.id AND a.action = 'visit.hidden'
                    ORDER BY a.occurred_at DESC LIMIT 1), status)
            WHERE status = 'Hidden';
            UPDATE service_visits SET status = 'PendingConfirmation'
            WHERE status = 'Confirmed' AND confirmed_at IS NULL AND EXISTS (
                SELECT 1 FROM disputes d WHERE d.service_visit_id = service_visits.id AND d.status = 'ResolvedForCenter');
            """;
}
