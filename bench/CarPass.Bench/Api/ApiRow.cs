using System.Net.Http.Headers;
using CarPass.Bench.Report;
using CarPass.Host.Dev;
using Microsoft.Data.Sqlite;

namespace CarPass.Bench.Api;

/// <summary>
/// The Mini App's reads (score, garage, a timeline page) and both health probes against a static file
/// of the Mini App on the same host process, then a fixed 500 requests/s on each read for its latency;
/// the host's memory idle and under that load.
/// </summary>
public static class ApiRow
{
    public const string BotToken = "7000000010:bench-signing-token";
    public const long DemoOwner = 100000001; // the demo garage's owner (seed-demo)
    public const string StaticFile = "/app/css/app.css";
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
        ApiPath[] paths =
        [
            new("`/healthz` (liveness)", "/healthz", "/healthz", null, false),
            new("`/healthz/ready` (database)", "/healthz/ready", "/healthz/ready", null, false),
            new("score", $"/api/my/vehicles/{camry}/score", "/api/my/vehicles/{id}/score", 0.25, true),
            new("garage", "/api/my/vehicles", "/api/my/vehicles", 0.20, true),
            new(
                "timeline page",
                $"/api/my/vehicles/{camry}/timeline",
                "/api/my/vehicles/{id}/timeline (first page, 20 entries at most)",
                0.15,
                true
            ),
        ];

        await using var host = await HostProcess.StartAsync(repository, hostFolder, settings);
        await Task.Delay(TimeSpan.FromSeconds(2));
        var idle = ProcessMemory.ResidentMegabytes(host.ProcessId);
        var initData = InitDataSigner.ForUser(BotToken, DemoOwner, "Bench", "en", DateTimeOffset.UtcNow);
        using var driver = new LoadDriver(host.Address, Connections, new AuthenticationHeaderValue("tma", initData));
        var duration = TimeSpan.FromSeconds(smoke ? 1 : 8);
        var warmUp = TimeSpan.FromSeconds(smoke ? 0.3 : 2);
        foreach (var request in paths.Select(p => p.Request).Prepend(StaticFile))
            await driver.ClosedLoopAsync(request, warmUp);

        using var sampling = new CancellationTokenSource();
        var peak = ProcessMemory.PeakWhileAsync(host.ProcessId, sampling.Token);
        var measured = new List<(ApiPath, LoadResult, LoadResult, LoadResult?)>();
        foreach (var path in paths)
        {
            // The static file is measured again beside every path, so a ratio never compares
            // minutes apart on a machine whose load moves.
            var baseline = await driver.ClosedLoopAsync(StaticFile, duration);
            Console.WriteLine($"  {StaticFile}: {baseline}");
            var closed = await driver.ClosedLoopAsync(path.Request, duration);
            Console.WriteLine($"  {path.Name}: {closed}");
            LoadResult? paced = null;
            if (path.MinimumShare is not null)
            {
                paced = await driver.FixedRateAsync(path.Request, smoke ? 100 : Rate, duration);
                Console.WriteLine($"  {path.Name} at a fixed rate: {paced}");
            }
            measured.Add((path, baseline, closed, paced));
        }
        await sampling.CancelAsync();
        var run = new ApiRun(measured, idle, await peak);
        return ApiRows.From(run, Connections, smoke ? 100 : Rate, duration);
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
