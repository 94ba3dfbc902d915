using CarPass.Data.Odometer;
using CarPass.Data.Persistence;
using CarPass.Data.Users;
using CarPass.Data.Vehicles;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CarPass.Host.Tests.Cli;

/// <summary>
/// `backup` against a running host's database, and the restore README "Backup and restore" describes:
/// copy the file into the database's place (no -wal/-shm beside it) and start the host.
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class BackupTests : IAsyncLifetime
{
    private readonly HostFactory _source = new();
    private readonly string _backups = Path.Combine(
        Path.GetTempPath(),
        "carpass-backup-tests",
        Guid.NewGuid().ToString("N")
    );

    public Task InitializeAsync()
    {
        Directory.CreateDirectory(_backups);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await _source.DisposeAsync();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_backups, recursive: true);
    }

    [Fact]
    public async Task A_backup_taken_while_writes_go_on_restores_into_a_fresh_folder_and_the_host_sees_the_same_rows()
    {
        var (owner, car) = await SeedCarAsync();
        using var stop = new CancellationTokenSource();
        var written = 0;
        var writer = Task.Run(async () =>
        {
            for (var i = 1; !stop.IsCancellationRequested; i++)
            {
                await UseAsync<OdometerUseCases>(o => o.LogAsync(owner, car, 1_000 + i * 10, false, default));
                written = i;
            }
        });
        await WaitUntilAsync(() => written >= 20);

        var during = Path.Combine(_backups, "during.db");
        Assert.Equal(0, await BackupAsync(during));
        var writtenAtBackup = written;
        await WaitUntilAsync(() => written >= writtenAtBackup + 20);
        await stop.CancelAsync();
        await writer;
        var final = Path.Combine(_backups, "final.db");
        Assert.Equal(0, await BackupAsync(final));

        Assert.Equal(OwnerOnly.FileMode, File.GetUnixFileMode(during));
        Assert.Equal(OwnerOnly.FileMode, File.GetUnixFileMode(final));
        var snapshot = await RestoreAndReadAsync(during);
        Assert.True(snapshot.Readings.Count >= 20, $"only {snapshot.Readings.Count} readings in the backup");
        Assert.Equal(Enumerable.Range(1, snapshot.Readings.Count).Select(i => 1_000 + i * 10), snapshot.Readings);
        Assert.Equal(snapshot.Readings.Count, snapshot.OdometerAudits); // each reading with its audit entry: one snapshot
        Assert.Equal(await ReadAsync(_source), await RestoreAndReadAsync(final));
    }

    [Fact]
    public async Task A_backup_never_replaces_an_existing_file_unless_told_to()
    {
        await SeedCarAsync();
        var target = Path.Combine(_backups, "carpass.db");
        await File.WriteAllTextAsync(target, "an older backup");

        Assert.Equal(1, await BackupAsync(target));
        Assert.Equal("an older backup", await File.ReadAllTextAsync(target));

        Assert.Equal(0, await BackupAsync(target, "--overwrite"));
        Assert.Equal(await ReadAsync(_source), await RestoreAndReadAsync(target));
        Assert.Empty(Directory.GetFiles(_backups, "*.partial*"));
    }

    [Fact]
    public async Task On_postgres_backup_points_to_pg_dump_and_exits_non_zero()
    {
        var target = Path.Combine(_backups, "carpass.db");

        var exit = await HostEntryPoint.RunAsync(
            "backup",
            target,
            "--Storage:Provider=postgres",
            "--ConnectionStrings:CarPass=Host=127.0.0.1;Database=carpass_absent"
        );

        Assert.NotEqual(0, exit);
        Assert.False(File.Exists(target));
    }

    private Task<int> BackupAsync(string target, params string[] more) =>
        HostEntryPoint.RunAsync(["backup", target, .. more, $"--ConnectionStrings:CarPass={_source.ConnectionString}"]);

    private async Task<(Guid Owner, Guid Car)> SeedCarAsync()
    {
        var owner = await UseAsync<UserUseCases, Guid>(async u =>
            (await u.EnsureAsync(new TelegramProfile(100000050, "Backup", null, null, "en"), false, default)).Value!.Id
        );
        var car = await UseAsync<VehicleUseCases, Guid>(async v =>
            (await v.AddAsync(owner, new VehicleDraft("Backup car", "Lada", "Vesta", 2016), default)).Value!.Id
        );
        return (owner, car);
    }

    /// <summary>The documented restore: the backup file alone in a fresh folder, then the host started on it.</summary>
    private async Task<Snapshot> RestoreAndReadAsync(string backup)
    {
        await using var restored = new HostFactory();
        File.Copy(backup, Path.Combine(restored.Folder, "carpass.db"));
        return await ReadAsync(restored);
    }

    private static async Task<Snapshot> ReadAsync(WebApplicationFactory<Program> host)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CarPassDbContext>();
        return new Snapshot(
            await db.Users.CountAsync(),
            await db.Vehicles.CountAsync(),
            await db.OdometerReadings.OrderBy(r => r.ValueKm).Select(r => r.ValueKm).ToListAsync(),
            await db.AuditLog.CountAsync(a => a.Action == "odometer.logged"),
            await db.AuditLog.CountAsync()
        );
    }

    private async Task UseAsync<T>(Func<T, Task> use)
        where T : notnull
    {
        await using var scope = _source.Services.CreateAsyncScope();
        await use(scope.ServiceProvider.GetRequiredService<T>());
    }

    private async Task<TResult> UseAsync<T, TResult>(Func<T, Task<TResult>> use)
        where T : notnull
    {
        await using var scope = _source.Services.CreateAsyncScope();
        return await use(scope.ServiceProvider.GetRequiredService<T>());
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "the writer made no progress");
            await Task.Delay(20);
        }
    }

    private sealed record Snapshot(int Users, int Vehicles, List<int> Readings, int OdometerAudits, int AuditEntries)
    {
        public bool Equals(Snapshot? other) =>
            other is not null
            && (Users, Vehicles, OdometerAudits, AuditEntries)
                == (other.Users, other.Vehicles, other.OdometerAudits, other.AuditEntries)
            && Readings.SequenceEqual(other.Readings);

        public override int GetHashCode() => HashCode.Combine(Users, Vehicles, Readings.Count);
    }
}
