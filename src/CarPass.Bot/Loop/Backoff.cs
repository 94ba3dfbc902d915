namespace CarPass.Bot.Loop;

/// <summary>Exponential backoff with full jitter, so a Bot API outage is not hammered in a loop.</summary>
public sealed class Backoff(TimeSpan first, TimeSpan max)
{
    private int _failures;

    public TimeSpan Next()
    {
        var ceiling = Math.Min(max.TotalMilliseconds, first.TotalMilliseconds * Math.Pow(2, Math.Min(_failures, 16)));
        _failures++;
        return TimeSpan.FromMilliseconds(ceiling / 2 + Random.Shared.NextDouble() * ceiling / 2);
    }

    public void Reset() => _failures = 0;
}
