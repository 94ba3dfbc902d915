using System.Net;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CarPass.Host.Tests;

public sealed class HostStartupTests : IAsyncLifetime
{
    private readonly HostFactory _host = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Without_a_bot_token_the_host_still_runs_and_is_healthy()
    {
        using var client = _host.CreateClient();

        var response = await client.GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Liveness_answers_without_the_database_and_readiness_says_when_the_database_is_gone()
    {
        using var client = _host.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/healthz/ready")).StatusCode);

        var away = _host.Folder + "-away";
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Move(_host.Folder, away);

        var live = await client.GetAsync("/healthz");
        var ready = await client.GetAsync("/healthz/ready");
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Equal("Healthy", await live.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        Assert.Equal("Unhealthy", await ready.Content.ReadAsStringAsync());
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Move(away, _host.Folder);
    }

    [Fact]
    public void Without_a_bot_token_the_host_says_once_how_to_add_one()
    {
        using var client = _host.CreateClient();

        var hints = _host.Logs.Entries.Where(e => e.Message.Contains("Telegram:BotToken")).ToList();

        var hint = Assert.Single(hints);
        Assert.Equal(LogLevel.Warning, hint.Level);
        Assert.Contains("Telegram__BotToken", hint.Message);
        Assert.DoesNotContain("--Telegram:BotToken", hint.Message);
    }

    [Fact]
    public void No_configuration_file_is_watched_so_database_writes_under_the_content_root_wake_nothing()
    {
        var configuration = (IConfigurationRoot)_host.Services.GetRequiredService<IConfiguration>();

        var files = configuration.Providers.OfType<FileConfigurationProvider>().ToList();

        Assert.Contains(files, f => f.Source.Path == "appsettings.json");
        Assert.All(files, f => Assert.False(f.Source.ReloadOnChange, f.Source.Path));
    }

    [Fact]
    public async Task The_database_is_created_and_migrated_on_start()
    {
        using var client = _host.CreateClient();

        await using var connection = new Microsoft.Data.Sqlite.SqliteConnection(_host.ConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM __EFMigrationsHistory";

        Assert.True((long)(await command.ExecuteScalarAsync())! >= 2);
    }

    [Fact]
    public async Task The_mini_app_files_are_served_under_app()
    {
        using var client = _host.CreateClient();

        var response = await client.GetAsync("/app/");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("CarPass", await response.Content.ReadAsStringAsync());
    }
}
