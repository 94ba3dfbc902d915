using CarPass.Data.Persistence;
using CarPass.Data.Scores;
using CarPass.Domain.Scoring;

namespace CarPass.Data.Passports;

/// <summary>
/// Scores the passports the cache could not serve, from one batched read of their records, and keeps
/// each one whose version did not move while its records were read. A version is unique to the write
/// that set it and changes in the same transaction as the records, so an unchanged version proves the
/// records read are exactly those of that version, on any number of instances. A vehicle whose
/// version moved meanwhile is read again; after <see cref="MaxAttempts"/> reads it is served as read
/// and not kept.
/// </summary>
public sealed class PassportLoader(CarPassDbContext db, SnapshotReader snapshots, PassportCache cache)
{
    public const int MaxAttempts = 3;

    /// <param name="versions">The vehicles to load, with the version each was read at (null: never recomputed, never kept).</param>
    public async Task<Dictionary<Guid, CachedPassport>> LoadAsync(
        IReadOnlyDictionary<Guid, Guid?> versions,
        DateTime nowUtc,
        CancellationToken ct
    )
    {
        var loaded = new Dictionary<Guid, CachedPassport>();
        var pending = versions;
        for (var attempt = 1; pending.Count > 0; attempt++)
        {
            var read = await snapshots.ReadVehiclesAsync([.. pending.Keys], nowUtc, ct);
            var current = await ReadableVehicles.VersionsAsync(db, [.. pending.Keys], ct);
            var moved = new Dictionary<Guid, Guid?>();
            foreach (var (id, version) in pending)
            {
                if (!read.TryGetValue(id, out var snapshot))
                    continue;
                var now = current.GetValueOrDefault(id);
                var passport = CachedPassport.Of(
                    version ?? Guid.Empty,
                    snapshot,
                    PassportScorer.Score(snapshot, nowUtc)
                );
                loaded[id] = passport;
                if (now != version && attempt < MaxAttempts)
                    moved[id] = now;
                else if (now == version && version is not null)
                    cache.Keep(id, passport);
            }
            pending = moved;
        }
        return loaded;
    }
}
