namespace CarPass.Data.Persistence.Migrations;

/// <summary>
/// Before the one-VIN and one-owner indexes exist, a database may already break them. Nothing is
/// thrown away: the oldest active passport keeps a VIN and every later one hands it to a claim; the
/// owner who got the car first keeps it and every later live owner becomes a claim. Operators review
/// the claims (docs/SERVICE_LOOP.md). The same SQL runs on SQLite and PostgreSQL; only how a new id
/// (<c>gen_random_uuid()</c> needs PostgreSQL 13 or newer) and the current time are written differs.
/// </summary>
internal static class Sec2OwnershipCleanup
{
    public const string SqliteNewId =
        "upper(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-' || "
        + "substr('89AB', 1 + (abs(random()) % 4), 1) || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6)))";
    public const string SqliteNow = "strftime('%Y-%m-%d %H:%M:%f', 'now')";
    public const string PostgresNewId = "gen_random_uuid()";
    public const string PostgresNow = "now()";

    public static string Sql(string newId, string now) =>
        $"""
            WITH holder AS (
                SELECT v.id, v.vin FROM vehicles v
                WHERE v.vin IS NOT NULL AND v.state = 'Active' AND NOT EXISTS (
                    SELECT 1 FROM vehicles o WHERE o.vin = v.vin AND o.state = 'Active'
                    AND (o.created_at < v.created_at OR (o.created_at = v.created_at AND o.id < v.id)))
            ),
            later AS (
                SELECT d.id, d.vin, h.id AS holder_id,
                    (SELECT g.user_id FROM vehicle_access_grants g
                     WHERE g.vehicle_id = d.id AND g.role = 'Owner' AND g.user_id IS NOT NULL
                     ORDER BY CASE WHEN g.revoked_at IS NULL THEN 0 ELSE 1 END, g.granted_at DESC LIMIT 1) AS owner_id
                FROM vehicles d JOIN holder h ON h.vin = d.vin
                WHERE d.state = 'Active' AND d.id <> h.id
            )
            INSERT INTO vehicle_claims (id, kind, vehicle_id, vin, claimant_user_id, claimant_vehicle_id, status, created_at)
            SELECT {newId}, 'DuplicateVin', l.holder_id, l.vin, l.owner_id, l.id, 'Open', {now}
            FROM later l
            WHERE l.owner_id IS NOT NULL AND NOT EXISTS (
                SELECT 1 FROM later e WHERE e.holder_id = l.holder_id AND e.owner_id = l.owner_id AND e.id < l.id);

            UPDATE vehicles SET vin = NULL, updated_at = {now}
            WHERE vin IS NOT NULL AND state = 'Active' AND EXISTS (
                SELECT 1 FROM vehicles o WHERE o.vin = vehicles.vin AND o.state = 'Active'
                AND (o.created_at < vehicles.created_at OR (o.created_at = vehicles.created_at AND o.id < vehicles.id)));

            WITH live AS (
                SELECT id, vehicle_id, user_id, granted_at FROM vehicle_access_grants
                WHERE role = 'Owner' AND revoked_at IS NULL
            ),
            extra AS (
                SELECT l.id, l.vehicle_id, l.user_id FROM live l WHERE EXISTS (
                    SELECT 1 FROM live o WHERE o.vehicle_id = l.vehicle_id
                    AND (o.granted_at < l.granted_at OR (o.granted_at = l.granted_at AND o.id < l.id)))
            )
            INSERT INTO vehicle_claims (id, kind, vehicle_id, vin, claimant_user_id, claimant_vehicle_id, status, created_at)
            SELECT {newId}, 'DuplicateOwner', x.vehicle_id, NULL, x.user_id, NULL, 'Open', {now}
            FROM extra x
            WHERE x.user_id IS NOT NULL
                AND NOT EXISTS (SELECT 1 FROM extra e WHERE e.vehicle_id = x.vehicle_id AND e.user_id = x.user_id AND e.id < x.id)
                AND NOT EXISTS (SELECT 1 FROM live k WHERE k.vehicle_id = x.vehicle_id AND k.user_id = x.user_id
                    AND k.id NOT IN (SELECT id FROM extra))
                AND NOT EXISTS (SELECT 1 FROM vehicle_claims c WHERE c.vehicle_id = x.vehicle_id
                    AND c.claimant_user_id = x.user_id AND c.status = 'Open');

            UPDATE vehicle_access_grants SET revoked_at = {now}
            WHERE role = 'Owner' AND revoked_at IS NULL AND EXISTS (
                SELECT 1 FROM vehicle_access_grants o
                WHERE o.vehicle_id = vehicle_access_grants.vehicle_id AND o.role = 'Owner' AND o.revoked_at IS NULL
                AND (o.granted_at < vehicle_access_grants.granted_at
                    OR (o.granted_at = vehicle_access_grants.granted_at AND o.id < vehicle_access_grants.id)));
            """;
}
