namespace CarPass.Ocr.Extraction;

/// <summary>
/// Reading started ahead on another thread because it is usually wanted, while the caller reads on.
/// Its result when asked for; when not, it stops before its next pass, and disposing waits for it to
/// end (a page must outlive every reading of it). What it found decides nothing until asked for, so
/// the candidates are the same as read one after the other.
/// </summary>
internal sealed class Ahead<T> : IAsyncDisposable
{
    private readonly CancellationTokenSource _wanted;
    private readonly Task<T> _work;
    private bool _asked;

    private Ahead(Func<CancellationToken, Task<T>> work, CancellationToken ct)
    {
        _wanted = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var token = _wanted.Token;
        _work = Task.Run(() => work(token), CancellationToken.None);
    }

    public static Ahead<T> Start(Func<CancellationToken, Task<T>> work, CancellationToken ct) => new(work, ct);

    /// <summary>The reading is wanted after all: its result, once it has ended.</summary>
    public Task<T> WantedAsync()
    {
        _asked = true;
        return _work;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_asked)
            await _wanted.CancelAsync();
        try
        {
            await _work;
        }
        // Asked for, its failure has reached the caller already; not asked for, a stop is expected.
        catch (Exception e) when (_asked || e is OperationCanceledException) { }
        finally
        {
            _wanted.Dispose();
        }
    }
}
