using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace CarPass.Data.Passports;

/// <summary>
/// The process's passports, one per vehicle, bounded by <see cref="ReadModelOptions.MaxPassports"/>.
/// An entry is only ever served for the version the database holds now (read on every request, with
/// the access check), so a write on another instance is seen at once: it changed the version. Access
/// is never kept here: every read checks it first.
/// </summary>
public sealed class PassportCache : IDisposable
{
    /// <summary>
    /// A write keeps the passports it scored when it recomputed at most this many vehicles (one
    /// person's save, whose reply shows the passport); a recompute of many keeps none, so it does not
    /// push out the passports people are reading.
    /// </summary>
    public const int MaxKeptPerWrite = 8;

    private static readonly MemoryCacheEntryOptions OneSlot = new() { Size = 1 };
    private readonly MemoryCache _entries;

    public PassportCache(IOptions<ReadModelOptions> options) =>
        _entries = new MemoryCache(new MemoryCacheOptions { SizeLimit = Math.Max(1, options.Value.MaxPassports) });

    public int Count => _entries.Count;

    /// <summary>The kept passport when it is the one of <paramref name="version"/> at <paramref name="nowUtc"/>; null otherwise.</summary>
    public CachedPassport? Find(Guid vehicleId, Guid? version, DateTime nowUtc) =>
        version is { } current
        && _entries.TryGetValue(vehicleId, out CachedPassport? kept)
        && kept!.Serves(current, nowUtc)
            ? kept
            : null;

    public void Keep(Guid vehicleId, CachedPassport passport) => _entries.Set(vehicleId, passport, OneSlot);

    public void Dispose() => _entries.Dispose();
}
