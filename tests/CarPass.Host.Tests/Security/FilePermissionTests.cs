using CarPass.Data.Persistence;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CarPass.Host.Tests.Security;

/// <summary>The database, its -wal/-shm and the data-protection keys hold everything: only their owner may read them.</summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class FilePermissionTests
{
    [Fact]
    public async Task A_new_database_folder_its_files_and_the_keys_are_owner_only()
    {
        await using var factory = new HostFactory();
        var folder = Path.Combine(factory.Folder, "data");
        var database = Path.Combine(folder, "carpass.db");
        await using var host = factory.WithWebHostBuilder(b =>
            b.UseSetting("ConnectionStrings:CarPass", $"Data Source={database}")
        );

        await using var scope = host.Services.CreateAsyncScope();
        await using var db = scope.ServiceProvider.GetRequiredService<CarPassDbContext>();
        await db.Database.OpenConnectionAsync(); // holds the -wal and -shm open while they are checked

        Assert.Equal(OwnerOnly.FolderMode, File.GetUnixFileMode(folder));
        foreach (var file in new[] { database, database + "-wal", database + "-shm" })
            Assert.Equal(OwnerOnly.FileMode, File.GetUnixFileMode(file));
        var keys = Path.Combine(folder, "keys");
        Assert.Equal(OwnerOnly.FolderMode, File.GetUnixFileMode(keys));
        var key = Assert.Single(Directory.GetFiles(keys, "key-*.xml"));
        Assert.Equal(OwnerOnly.FileMode, File.GetUnixFileMode(key));
    }

    [Fact]
    public async Task An_older_database_readable_by_everyone_is_made_owner_only_on_start()
    {
        await using var factory = new HostFactory();
        var database = Path.Combine(factory.Folder, "carpass.db");
        await using (var old = new SqliteConnection($"Data Source={database};Pooling=False"))
        {
            await old.OpenAsync();
            await using var wal = old.CreateCommand();
            wal.CommandText = "PRAGMA journal_mode=WAL; CREATE TABLE left_over(x);";
            await wal.ExecuteNonQueryAsync();
        }
        File.SetUnixFileMode(
            database,
            File.GetUnixFileMode(database) | UnixFileMode.GroupRead | UnixFileMode.OtherRead
        );

        using var client = factory.CreateClient();

        Assert.Equal(OwnerOnly.FileMode, File.GetUnixFileMode(database));
    }
}
