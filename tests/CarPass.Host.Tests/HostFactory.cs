using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;

namespace CarPass.Host.Tests;

/// <summary>The real host on its own SQLite file, with no bot token and logs kept for inspection.</summary>
public sealed class HostFactory : WebApplicationFactory<Program>
{
    private readonly string _folder = Path.Combine(
        Path.GetTempPath(),
        "carpass-host-tests",
        Guid.NewGuid().ToString("N")
    );

    public HostFactory() => Directory.CreateDirectory(_folder);

    public string Folder => _folder;
    public string ConnectionString => $"Data Source={Path.Combine(_folder, "carpass.db")}";
    public CapturedLogs Logs { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("ConnectionStrings:CarPass", ConnectionString);
        builder.UseSetting("Telegram:BotToken", "");
        builder.ConfigureLogging(logging => logging.AddProvider(Logs));
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        SqliteConnection.ClearAllPools();
        await DeleteFolderAsync();
    }

    /// <summary>
    /// Work still finishing in the stopped host (most likely a recurring job the in-process job server
    /// started just before the stop) can close a connection while the folder is removed, bringing
    /// back the database's -wal/-shm files; seen once in a full run as "Directory not empty".
    /// </summary>
    private async Task DeleteFolderAsync()
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                Directory.Delete(_folder, recursive: true);
                return;
            }
            catch (IOException) when (attempt < 20)
            {
                SqliteConnection.ClearAllPools();
                await Task.Delay(100);
            }
        }
    }
}
