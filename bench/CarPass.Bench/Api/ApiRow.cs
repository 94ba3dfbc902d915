using System.Net.Http.Headers;
using CarPass.Bench.Report;
using CarPass.Host.Dev;
using Microsoft.Data.Sqlite;

namespace CarPass.Bench.Api;

/// <summary>
/// The Mini App's score endpoint against /healthz on the same host process, then a fixed 500
/// requests/s for its latency; the host's memory idle and under that load.
/// </summary>
public static class ApiRow
{
    private const string BotToken = "7000000010:bench-signing-token";
    private const long DemoOwner = 100000001; // the demo garage's owner (seed-demo)
    private const int Connections = 64;
    private const int Rate = 500;

    public static async Task<IReadOnlyList<ResultRow>> RunAsync(string repository, string work, bool smoke)
    {
        var folder = Path.Combine(work, "api");
        Directory.CreateDirectory(folder);
        var database = Path.Combine(folder, "carpass.db");
        string[] settings =
        [
            $"--ConnectionStrings:CarPass=Data Source={database}",
            $"--Telegram:BotToken={BotToken}",
            "--Host:Roles=api",
            // One user driven far beyond any person: the row measures the endpoint, not the per-user limit.
            "--RateLimiting:Enabled=false",
        ];
        var hostFolder = Path.GetDirectoryName(HostProcess.HostDll(repository))!;
        // The host runs as Production, where seed-demo asks for --force (its database is a throwaway demo).
        await HostProcess.RunVerbAsync(repository, hostFolder, "seed-demo", [.. settings, "--force"]);
        var camry = DemoCamry(database);
        var duration = TimeSpan.FromSeconds(smoke ? 1 : 8);

        await using var host = await HostProcess.StartAsync(repository, hostFolder, settings);
        await Task.Delay(TimeSpan.FromSeconds(2));
        var idle = ProcessMemory.ResidentMegabytes(host.ProcessId);
        var initData = InitDataSigner.ForUser(BotToken, DemoOwner, "Bench", "en", DateTimeOffset.UtcNow);
        using var driver = new LoadDriver(host.Address, Connections, new AuthenticationHeaderValue("tma", initData));
        var score = $"/api/my/vehicles/{camry}/score";
        await driver.ClosedLoopAsync("/healthz", TimeSpan.FromSeconds(smoke ? 0.5 : 2));
        await driver.ClosedLoopAsync(score, TimeSpan.FromSeconds(smoke ? 0.5 : 2));

        var health = await driver.ClosedLoopAsync("/healthz", duration);
        Console.WriteLine($"  /healthz: {health}");
        using var sampling = new CancellationTokenSource();
        var peak = ProcessMemory.PeakWhileAsync(host.ProcessId, sampling.Token);
        var scores = await driver.ClosedLoopAsync(score, duration);
        Console.WriteLine($"  score: {scores}");
        var paced = await driver.FixedRateAsync(score, smoke ? 100 : Rate, duration);
        Console.WriteLine($"  score at a fixed rate: {paced}");
        await sampling.CancelAsync();
        var loaded = await peak;

        var share = scores.PerSecond / health.PerSecond;
        var failures = health.Failures + scores.Failures + paced.Failures;
        return
        [
            new ResultRow(
                "Mini App API",
                $"`GET /api/my/vehicles/{{id}}/score` with valid initData, {Connections} connections on loopback; then {Rate} req/s for {duration.TotalSeconds:F0} s",
                $"{scores.PerSecond:N0} req/s (p50 {Stats.Ms(scores.P50)}); at {Rate} req/s p99 **{Stats.Ms(paced.P99)}**",
                $"`GET /healthz` {health.PerSecond:N0} req/s (p50 {Stats.Ms(health.P50)})",
                $"{Stats.Percent(share)} of its throughput",
                "≥ 30 % of its throughput; p99 ≤ 20 ms at 500 req/s",
                share >= 0.3 && paced.P99 <= 20 && failures == 0 ? Verdict.Met : Verdict.Missed,
                $"Real host process (Release, production settings, SQLite, demo garage) and the load driver share the machine's cores. "
                    + $"Fixed rate: {paced}. Failed requests: {failures}.",
                failures == 0 ? null : $"{failures} requests failed"
            ),
            new ResultRow(
                "memory",
                "host RSS (/proc/<pid>/status VmRSS) idle, and the peak under the API load above",
                $"{idle:F0} MB idle / {loaded:F0} MB loaded",
                "–",
                "–",
                "≤ 200 MB idle, ≤ 400 MB loaded",
                idle <= 200 && loaded <= 400 ? Verdict.Met : Verdict.Missed,
                "Idle: 2 s after the host answered its first /healthz."
            ),
        ];
    }

    private static Guid DemoCamry(string database)
    {
        using var connection = new SqliteConnection($"Data Source={database};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT v.id FROM vehicles v
            JOIN vehicle_access_grants g ON g.vehicle_id = v.id AND g.role = 'Owner'
            JOIN users u ON u.id = g.user_id
            WHERE u.telegram_id = $owner AND v.make = 'Toyota'
            """;
        command.Parameters.AddWithValue("$owner", DemoOwner);
        return Guid.Parse((string)command.ExecuteScalar()!);
    }
}
