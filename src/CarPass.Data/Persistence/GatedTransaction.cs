using Microsoft.EntityFrameworkCore.Storage;

namespace CarPass.Data.Persistence;

/// <summary>A transaction begun through the <see cref="WriteGate"/>: ending it hands the turn on.</summary>
public sealed class GatedTransaction : IAsyncDisposable
{
    private readonly IDbContextTransaction _transaction;
    private readonly WriteGate.Turn? _turn;

    internal GatedTransaction(IDbContextTransaction transaction, WriteGate.Turn? turn)
    {
        _transaction = transaction;
        _turn = turn;
    }

    public IDbContextTransaction Transaction => _transaction;

    public Task CommitAsync(CancellationToken ct) => _transaction.CommitAsync(ct);

    public Task RollbackAsync(CancellationToken ct) => _transaction.RollbackAsync(ct);

    public async ValueTask DisposeAsync()
    {
        try
        {
            await _transaction.DisposeAsync();
        }
        finally
        {
            _turn?.Dispose();
        }
    }
}
