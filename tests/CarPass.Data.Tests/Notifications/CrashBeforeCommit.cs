using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CarPass.Data.Tests.Notifications;

/// <summary>
/// Lets the first commits through, then fails the next one as a crash would: whatever that
/// transaction wrote (through SaveChanges or a prepared insert) is rolled back.
/// </summary>
internal sealed class CrashBeforeCommit(int commitsBeforeCrash) : DbTransactionInterceptor
{
    private int _commits;

    public override ValueTask<InterceptionResult> TransactionCommittingAsync(
        DbTransaction transaction,
        TransactionEventData eventData,
        InterceptionResult result,
        CancellationToken cancellationToken = default
    )
    {
        if (++_commits > commitsBeforeCrash)
            throw new InvalidOperationException("The process died here.");
        return base.TransactionCommittingAsync(transaction, eventData, result, cancellationToken);
    }
}
