using CarPass.Data.Access;
using CarPass.Data.Persistence;
using CarPass.Data.Vehicles;
using Microsoft.Data.Sqlite;

namespace CarPass.Data.Passports;

/// <summary>
/// The access checks of <see cref="ReadableVehicles"/> as statements kept prepared on SQLite
/// (<see cref="KeptStatement"/>), for the reads every Mini App request makes: the same live-grant
/// rule (owner, co-owner or viewer; not revoked; not expired), with the read-model version.
/// </summary>
internal static class KeptAccess
{
    /// <summary>A read grant of the user on the vehicle (owner, co-owner or viewer), not revoked, <paramref name="until"/>.</summary>
    private static string ReadGrant(string until) =>
        $"""
            EXISTS (
                SELECT 1 FROM vehicle_access_grants AS g
                WHERE g.vehicle_id = v.id AND g.user_id = ?1
                  AND g.role IN ('{nameof(AccessRole.Owner)}', '{nameof(AccessRole.CoOwner)}', '{nameof(
                AccessRole.Viewer
            )}')
                  AND g.revoked_at IS NULL AND {until})
            """;

    private static readonly string LiveReadGrant = ReadGrant("(g.expires_at IS NULL OR g.expires_at > ?2)");

    /// <summary>A live read grant that never ends: what an answer needs to be kept until the next write.</summary>
    private static readonly string LastingReadGrant = ReadGrant("g.expires_at IS NULL");

    private const string Version = "(SELECT s.version FROM vehicle_scores AS s WHERE s.vehicle_id = v.id LIMIT 1)";

    private static readonly KeptStatement OneStatement = new(
        $"SELECT {Version}, {LastingReadGrant} FROM vehicles AS v WHERE v.id = ?3 AND {LiveReadGrant}"
    );

    private static readonly KeptStatement ActiveStatement = new(
        $"SELECT v.id, {Version}, {LastingReadGrant} FROM vehicles AS v WHERE v.state = '{nameof(VehicleState.Active)}' AND {LiveReadGrant} ORDER BY v.created_at"
    );

    /// <summary>
    /// Whether the user may read the vehicle, and if so its version (null before its first recompute);
    /// <c>Lasting</c> when the answer can only change by a write (no grant of it ends with time).
    /// </summary>
    public static (bool Readable, Guid? Version, bool Lasting) One(
        SqliteConnection connection,
        Guid userId,
        Guid vehicleId,
        DateTime nowUtc
    )
    {
        using var use = Start(OneStatement, connection, userId, nowUtc);
        use.Bind(3, vehicleId);
        // Not readable stays so until a write: time only ends grants.
        return use.Read() ? (true, use.NullableGuid(0), use.Int64(1) == 1) : (false, null, true);
    }

    /// <summary>The user's active readable vehicles in the order they were added, with their versions.</summary>
    public static (List<(Guid VehicleId, Guid? Version)> Vehicles, bool Lasting) Active(
        SqliteConnection connection,
        Guid userId,
        DateTime nowUtc
    )
    {
        var found = new List<(Guid, Guid?)>();
        var lasting = true;
        using var use = Start(ActiveStatement, connection, userId, nowUtc);
        while (use.Read())
        {
            found.Add((use.Guid(0), use.NullableGuid(1)));
            lasting &= use.Int64(2) == 1;
        }
        return (found, lasting);
    }

    private static KeptStatement.Use Start(
        KeptStatement statement,
        SqliteConnection connection,
        Guid userId,
        DateTime nowUtc
    )
    {
        var use = statement.Start(connection);
        use.Bind(1, userId);
        use.Bind(2, nowUtc);
        return use;
    }
}
