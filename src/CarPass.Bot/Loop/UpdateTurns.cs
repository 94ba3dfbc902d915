namespace CarPass.Bot.Loop;

/// <summary>
/// How many updates are applied at once (<see cref="ParallelUpdates"/>). An update takes its turn
/// for its database work only: a photo's download and reading, which come first and hold no lock,
/// do not keep other chats waiting. Waiting for a turn costs no thread.
/// </summary>
public sealed class UpdateTurns(int parallel)
{
    private readonly SemaphoreSlim _turns = new(parallel, parallel);

    public async Task RunAsync(Func<Task> work, CancellationToken ct)
    {
        await _turns.WaitAsync(ct);
        try
        {
            await work();
        }
        finally
        {
            _turns.Release();
        }
    }
}
