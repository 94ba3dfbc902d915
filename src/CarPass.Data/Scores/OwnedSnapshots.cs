using CarPass.Domain.Vehicles;

namespace CarPass.Data.Scores;

/// <summary>Vehicles' snapshots and, for those that have one, their owner's user id.</summary>
public sealed record OwnedSnapshots(
    IReadOnlyDictionary<Guid, VehicleSnapshot> Snapshots,
    IReadOnlyDictionary<Guid, Guid> Owners
)
{
    public static readonly OwnedSnapshots None = new(
        new Dictionary<Guid, VehicleSnapshot>(),
        new Dictionary<Guid, Guid>()
    );

    public static OwnedSnapshots Merge(IEnumerable<OwnedSnapshots> batches)
    {
        var snapshots = new Dictionary<Guid, VehicleSnapshot>();
        var owners = new Dictionary<Guid, Guid>();
        foreach (var batch in batches)
        {
            foreach (var (id, snapshot) in batch.Snapshots)
                snapshots[id] = snapshot;
            foreach (var (id, owner) in batch.Owners)
                owners[id] = owner;
        }
        return new OwnedSnapshots(snapshots, owners);
    }
}
