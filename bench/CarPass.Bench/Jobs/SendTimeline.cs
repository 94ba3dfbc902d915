using System.Diagnostics;
using CarPass.Bench.BotPipeline;

namespace CarPass.Bench.Jobs;

/// <summary>
/// The sends as the fake Bot API saw them arrive: the rate over whole seconds, the busiest second
/// anywhere, repeats of the same message to the same chat, and the shortest gap within one chat.
/// </summary>
public sealed record SendTimeline(
    int Sends,
    double PerSecond,
    int BusiestSecond,
    int Duplicates,
    double? ShortestChatGapSeconds
)
{
    private static readonly long Second = Stopwatch.Frequency;

    public static SendTimeline Of(IReadOnlyCollection<SentMessage> sent)
    {
        var arrivals = sent.Select(s => s.ArrivedAt).Order().ToArray();
        var duplicates = sent.Count - sent.Select(s => (s.ChatId, s.Text)).Distinct().Count();
        var gaps = sent.GroupBy(s => s.ChatId)
            .Select(chat => chat.Select(s => s.ArrivedAt).Order().ToArray())
            .Where(times => times.Length > 1)
            .SelectMany(times => times.Zip(times.Skip(1), (a, b) => (double)(b - a) / Second))
            .ToList();
        return new SendTimeline(
            arrivals.Length,
            WholeSecondsRate(arrivals),
            Busiest(arrivals),
            duplicates,
            gaps.Count == 0 ? null : gaps.Min()
        );
    }

    /// <summary>
    /// Sends per second over the whole seconds from the first arrival, the last partial one left out:
    /// a pacer that lets 25 go at the top of each second is at 25/s, not above it.
    /// </summary>
    private static double WholeSecondsRate(long[] arrivals)
    {
        if (arrivals.Length == 0)
            return 0;
        var seconds = (arrivals[^1] - arrivals[0]) / Second;
        if (seconds == 0)
            return arrivals.Length;
        var end = arrivals[0] + seconds * Second;
        return (double)arrivals.Count(a => a < end) / seconds;
    }

    /// <summary>The most arrivals in any one-second window [t, t + 1 s), t anywhere.</summary>
    private static int Busiest(long[] arrivals)
    {
        var most = 0;
        for (int first = 0, last = 0; first < arrivals.Length; first++)
        {
            while (last < arrivals.Length && arrivals[last] < arrivals[first] + Second)
                last++;
            most = Math.Max(most, last - first);
        }
        return most;
    }
}
