namespace CarPass.Data.Tests.Support;

/// <summary>
/// Reads until the same kept object is served several times in a row, so that the next read is
/// sure to be served from memory. A pooled connection that has not noticed the last commit, or one
/// the pool opens anew, moves the epoch that guards kept rows the first time it is used: two equal
/// reads in a row can still be followed by a fresh one.
/// </summary>
internal static class KeptReads
{
    private const int InARow = 5;
    private const int MaxReads = 40;

    public static async Task<T> StableAsync<T>(Func<Task<T>> read, string what)
        where T : class
    {
        var kept = await read();
        var run = 1;
        for (var reads = 1; run < InARow && reads < MaxReads; reads++)
        {
            var again = await read();
            run = ReferenceEquals(again, kept) ? run + 1 : 1;
            kept = again;
        }
        return run >= InARow ? kept : throw new Xunit.Sdk.XunitException($"{what} was never kept.");
    }
}
