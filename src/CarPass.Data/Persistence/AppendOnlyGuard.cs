using CarPass.Data.Audit;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace CarPass.Data.Persistence;

/// <summary>The audit log is append-only: an attempt to change or remove an entry is a bug, so it throws.</summary>
internal static class AppendOnlyGuard
{
    public static void Check(ChangeTracker tracker)
    {
        foreach (var entry in tracker.Entries<AuditEntry>())
        {
            if (entry.State is EntityState.Modified or EntityState.Deleted)
                throw new InvalidOperationException(
                    "The audit log is append-only; entries cannot be changed or deleted."
                );
        }
    }
}
