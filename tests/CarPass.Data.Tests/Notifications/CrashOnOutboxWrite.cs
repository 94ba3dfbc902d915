using CarPass.Data.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CarPass.Data.Tests.Notifications;

/// <summary>Lets the first saves of outbox rows through, then fails the next one as a crash would.</summary>
internal sealed class CrashOnOutboxWrite(int savesBeforeCrash) : SaveChangesInterceptor
{
    private int _saves;

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData,
        InterceptionResult<int> result,
        CancellationToken cancellationToken = default
    )
    {
        var writesOutbox = eventData
            .Context!.ChangeTracker.Entries<OutboxMessage>()
            .Any(e => e.State == EntityState.Added);
        if (writesOutbox && ++_saves > savesBeforeCrash)
            throw new InvalidOperationException("The process died here.");
        return base.SavingChangesAsync(eventData, result, cancellationToken);
    }
}
