using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using CarPass.Bench.Report;

namespace CarPass.Bench.Api;

/// <summary>
/// A small HTTP load driver for 127.0.0.1 only: a fixed number of connections, bounded in time.
/// Closed loop (each connection sends its next request when the last one answers) measures
/// throughput; a fixed rate measures latency from each request's scheduled time, so a slow
/// server cannot hide its queue (no coordinated omission).
/// </summary>
public sealed class LoadDriver : IDisposable
{
    private readonly HttpClient _client;

    public LoadDriver(Uri server, int connections, AuthenticationHeaderValue? authorization)
    {
        if (!IPAddress.IsLoopback(IPAddress.Parse(server.Host)))
            throw new ArgumentException("The load driver only targets loopback addresses.", nameof(server));
        Connections = connections;
        var handler = new SocketsHttpHandler
        {
            MaxConnectionsPerServer = connections,
            PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
            UseCookies = false,
        };
        _client = new HttpClient(handler) { BaseAddress = server, Timeout = TimeSpan.FromSeconds(30) };
        _client.DefaultRequestHeaders.Authorization = authorization;
    }

    public int Connections { get; }

    public async Task<LoadResult> ClosedLoopAsync(string path, TimeSpan duration)
    {
        var latencies = new List<double>[Connections];
        var failures = 0;
        var clock = Stopwatch.StartNew();
        var workers = Enumerable
            .Range(0, Connections)
            .Select(async worker =>
            {
                var mine = latencies[worker] = [];
                while (clock.Elapsed < duration)
                {
                    var started = clock.Elapsed.TotalMilliseconds;
                    if (!await SendAsync(path))
                        Interlocked.Increment(ref failures);
                    mine.Add(clock.Elapsed.TotalMilliseconds - started);
                }
            });
        await Task.WhenAll(workers);
        return LoadResult.Of(latencies.SelectMany(l => l), failures, clock.Elapsed);
    }

    public async Task<LoadResult> FixedRateAsync(string path, int perSecond, TimeSpan duration)
    {
        var total = (int)(perSecond * duration.TotalSeconds);
        var latencies = new double[total];
        var failures = 0;
        var clock = Stopwatch.StartNew();
        var requests = new List<Task>(total);
        for (var i = 0; i < total; i++)
        {
            var due = i * 1000.0 / perSecond;
            var wait = due - clock.Elapsed.TotalMilliseconds;
            if (wait > 1)
                await Task.Delay(TimeSpan.FromMilliseconds(wait));
            var index = i;
            requests.Add(
                Task.Run(async () =>
                {
                    if (!await SendAsync(path))
                        Interlocked.Increment(ref failures);
                    latencies[index] = clock.Elapsed.TotalMilliseconds - due;
                })
            );
        }
        await Task.WhenAll(requests);
        return LoadResult.Of(latencies, failures, clock.Elapsed);
    }

    public void Dispose() => _client.Dispose();

    private async Task<bool> SendAsync(string path)
    {
        try
        {
            using var response = await _client.GetAsync(path, HttpCompletionOption.ResponseContentRead);
            return response.StatusCode == HttpStatusCode.OK;
        }
        catch (HttpRequestException)
        {
            return false;
        }
        catch (TaskCanceledException)
        {
            return false;
        }
    }
}

/// <summary>What one load run saw: requests per second and latency percentiles in milliseconds.</summary>
public sealed record LoadResult(int Requests, int Failures, double PerSecond, double P50, double P99, double Max)
{
    public static LoadResult Of(IEnumerable<double> latencies, int failures, TimeSpan elapsed)
    {
        var sorted = latencies.Order().ToList();
        return new LoadResult(
            sorted.Count,
            failures,
            sorted.Count / elapsed.TotalSeconds,
            Stats.Percentile(sorted, 50),
            Stats.Percentile(sorted, 99),
            sorted.Count == 0 ? double.NaN : sorted[^1]
        );
    }

    public override string ToString() =>
        $"{Requests:N0} requests ({Failures} failed), {PerSecond:N0}/s, p50 {Stats.Ms(P50)}, p99 {Stats.Ms(P99)}, max {Stats.Ms(Max)}";
}
