using Microsoft.EntityFrameworkCore.Storage;

namespace CarPass.Data.Persistence;

/// <summary>A transaction begun through the <see cref="WriteGate"/>: ending it hands the turn on.</summary>
public sealed class GatedTransaction(IDbContextTransaction transaction, SemaphoreSlim? turn) : IAsyncDisposable
{
    private SemaphoreSlim? _turn = turn;

    public IDbContextTransaction Transaction => transaction;

    public Task CommitAsync(CancellationToken ct) => transaction.CommitAsync(ct);

    public Task RollbackAsync(CancellationToken ct) => transaction.RollbackAsync(ct);

    public async ValueTask DisposeAsync()
    {
        try
        {
            await transaction.DisposeAsync();
        }
        finally
        {
            Interlocked.Exchange(ref _turn, null)?.Release();
        }
    }
}
