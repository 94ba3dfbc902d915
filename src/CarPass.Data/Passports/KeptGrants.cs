using CarPass.Data.Persistence;
using Microsoft.Data.Sqlite;

namespace CarPass.Data.Passports;

/// <summary>
/// The access answers of <see cref="KeptAccess"/>, kept while the database has not changed
/// (<see cref="KeptUnderChanges{TKey, TValue}"/>) and only when time alone cannot change them: an
/// answer that rests on a grant with an end date is read again on every request. Granting, revoking,
/// a transfer or a new score is a write, so the next read after it asks the database.
/// </summary>
public sealed class KeptGrants(SqliteChanges changes)
{
    /// <summary>About 100 bytes an answer: at most about 2 MB for each kind.</summary>
    public const int MaxAnswers = 20_000;

    private readonly KeptUnderChanges<(Guid User, Guid Vehicle), (bool Readable, Guid? Version)> _one = new(
        changes,
        MaxAnswers
    );
    private readonly KeptUnderChanges<Guid, IReadOnlyList<(Guid VehicleId, Guid? Version)>> _active = new(
        changes,
        MaxAnswers
    );

    /// <summary>Whether the user may read the vehicle, and if so its version (null before its first recompute).</summary>
    public (bool Readable, Guid? Version) One(
        SqliteConnection connection,
        Guid userId,
        Guid vehicleId,
        DateTime nowUtc
    ) =>
        _one.Get(
            connection,
            (userId, vehicleId),
            c =>
            {
                var (readable, version, lasting) = KeptAccess.One(c, userId, vehicleId, nowUtc);
                return ((readable, version), lasting);
            }
        );

    /// <summary>The user's active readable vehicles in the order they were added, with their versions.</summary>
    public IReadOnlyList<(Guid VehicleId, Guid? Version)> Active(
        SqliteConnection connection,
        Guid userId,
        DateTime nowUtc
    ) =>
        _active.Get(
            connection,
            userId,
            c =>
            {
                var (vehicles, lasting) = KeptAccess.Active(c, userId, nowUtc);
                return (vehicles, lasting);
            }
        );
}
