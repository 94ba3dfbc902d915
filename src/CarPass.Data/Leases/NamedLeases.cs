using CarPass.Data.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CarPass.Data.Leases;

/// <summary>Leases held by name: taken or renewed while this instance does the work, released when it stops.</summary>
public sealed class NamedLeases(CarPassDbContext db, TimeProvider clock)
{
    /// <summary>False while another instance holds a live lease of that name.</summary>
    public Task<bool> TryTakeAsync(string name, string owner, TimeSpan leaseTime, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        return LeaseRow.TryTakeAsync(db, ("named_leases", "name"), name, owner, now, now + leaseTime, ct);
    }

    public Task ReleaseAsync(string name, string owner, CancellationToken ct) =>
        db.NamedLeases.Where(l => l.Name == name && l.Owner == owner).ExecuteDeleteAsync(ct);
}
