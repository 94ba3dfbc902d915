using CarPass.Bot.Tests.Fake;
using CarPass.Bot.Tests.Support;
using Microsoft.Data.Sqlite;

namespace CarPass.Bot.Tests.ScaleOut;

/// <summary>In-memory job storage cannot be shared: a second job server on the same database refuses to start.</summary>
public sealed class SingleJobServerTests : IAsyncLifetime
{
    private readonly string _folder = Path.Combine(
        Path.GetTempPath(),
        "carpass-jobs-guard",
        Guid.NewGuid().ToString("N")
    );
    private readonly List<BotHostFactory> _hosts = [];
    private FakeBotApi _api = null!;

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_folder);
        _api = await FakeBotApi.StartAsync();
    }

    public async Task DisposeAsync()
    {
        foreach (var host in _hosts)
            await host.DisposeAsync();
        await _api.DisposeAsync();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task A_second_job_server_with_in_memory_storage_on_one_database_refuses_to_start()
    {
        var first = Start();
        _ = first.Services;
        await using var second = new BotHostFactory(ConnectionString, _api.BaseUrl, JobServerOn);

        var error = Assert.ThrowsAny<Exception>(() => second.Services);

        Assert.Contains("Storage:Provider=postgres", error.ToString());
    }

    [Fact]
    public async Task A_job_server_restarted_after_a_crash_waits_out_the_old_lease_and_starts()
    {
        var first = Start();
        _ = first.Services;
        await first.DisposeAsync();
        await using (var db = new SqliteConnection(ConnectionString))
        {
            await db.OpenAsync();
            await using var crashed = db.CreateCommand();
            crashed.CommandText =
                $"INSERT INTO named_leases (name, owner, expires_at) VALUES ('{LeaseName}', 'crashed', '{DateTime.UtcNow.AddSeconds(1):yyyy-MM-dd HH:mm:ss.fffffff}') "
                + "ON CONFLICT (name) DO UPDATE SET owner = excluded.owner, expires_at = excluded.expires_at";
            await crashed.ExecuteNonQueryAsync();
        }

        var restarted = Start();
        _ = restarted.Services;

        await using var check = new SqliteConnection(ConnectionString);
        await check.OpenAsync();
        await using var owner = check.CreateCommand();
        owner.CommandText = $"SELECT owner FROM named_leases WHERE name = '{LeaseName}'";
        Assert.NotEqual("crashed", (string?)await owner.ExecuteScalarAsync());
    }

    [Fact]
    public async Task The_job_server_holds_a_lease_of_its_own_name_and_no_chat_lease()
    {
        var host = Start();
        _ = host.Services;

        await using var db = new SqliteConnection(ConnectionString);
        await db.OpenAsync();
        await using var chats = db.CreateCommand();
        chats.CommandText = "SELECT count(*) FROM chat_leases";
        await using var named = db.CreateCommand();
        named.CommandText = $"SELECT count(*) FROM named_leases WHERE name = '{LeaseName}' AND owner <> ''";

        Assert.Equal(0L, (long)(await chats.ExecuteScalarAsync())!);
        Assert.Equal(1L, (long)(await named.ExecuteScalarAsync())!);
    }

    /// <summary>The lease of Host/Jobs/SingleJobServerGuard.</summary>
    private const string LeaseName = "in-memory-job-server";

    private static readonly Dictionary<string, string> JobServerOn = new()
    {
        ["Jobs:ServerEnabled"] = "true",
        ["Jobs:SingleServerLeaseSeconds"] = "2",
    };

    private string ConnectionString => $"Data Source={Path.Combine(_folder, "carpass.db")}";

    private BotHostFactory Start()
    {
        var host = new BotHostFactory(ConnectionString, _api.BaseUrl, JobServerOn);
        _hosts.Add(host);
        return host;
    }
}
