namespace CarPass.Data.Leases;

/// <summary>This process among the instances sharing a database: the owner named in the leases it takes.</summary>
public sealed class InstanceIdentity
{
    public string Id { get; } = $"{Environment.MachineName}-{Guid.NewGuid():N}";
}
