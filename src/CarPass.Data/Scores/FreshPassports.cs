using CarPass.Domain.Scoring;
using CarPass.Domain.Vehicles;

namespace CarPass.Data.Scores;

/// <summary>
/// The passports a write has just scored, kept for the rest of its scope (one bot update or one
/// request), so showing "the passport as it is now" after a save costs no second read of the same
/// records. Every write forgets them before it starts and when it fails; only writes that touch a
/// few vehicles keep theirs (a recompute of every vehicle keeps none).
/// </summary>
public sealed class FreshPassports
{
    public const int MaxKept = 8;

    private readonly Dictionary<Guid, (VehicleSnapshot Snapshot, PassportResult Passport)> _scored = [];

    public void Forget() => _scored.Clear();

    public void Keep(VehicleSnapshot snapshot, PassportResult passport)
    {
        if (_scored.Count < MaxKept || _scored.ContainsKey(snapshot.VehicleId))
            _scored[snapshot.VehicleId] = (snapshot, passport);
    }

    public bool TryGet(Guid vehicleId, out VehicleSnapshot snapshot, out PassportResult passport)
    {
        var found = _scored.TryGetValue(vehicleId, out var scored);
        (snapshot, passport) = scored;
        return found;
    }
}
