using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Npgsql;

namespace CarPass.Host.Tests.Security;

/// <summary>
/// On PostgreSQL the data-protection keys live in the database: an operator cookie written by one
/// instance opens the dashboard on another, as behind a load balancer.
/// </summary>
public sealed class PostgresDataProtectionTests : IAsyncLifetime
{
    private static readonly string? Server = Environment.GetEnvironmentVariable("CARPASS_TEST_POSTGRES");

    private readonly List<HostFactory> _factories = [];
    private string? _database;

    public async Task InitializeAsync()
    {
        if (Server is null)
            return;
        _database = $"carpass_keys_{Guid.NewGuid():N}";
        await using var connection = new NpgsqlConnection(Server);
        await connection.OpenAsync();
        await new NpgsqlCommand($"CREATE DATABASE {_database}", connection).ExecuteNonQueryAsync();
    }

    public async Task DisposeAsync()
    {
        foreach (var factory in _factories)
            await factory.DisposeAsync();
        if (_database is null)
            return;
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(Server);
        await connection.OpenAsync();
        await new NpgsqlCommand($"DROP DATABASE IF EXISTS {_database} WITH (FORCE)", connection).ExecuteNonQueryAsync();
    }

    [SkippableFact]
    public async Task An_operator_cookie_from_one_instance_opens_the_dashboard_on_another()
    {
        Skip.If(
            _database is null,
            "PostgreSQL is not available (CARPASS_TEST_POSTGRES is not set; run bash tests/run.sh)."
        );
        await using var first = Instance();
        await using var second = Instance();
        using var one = first.CreateClient(new() { AllowAutoRedirect = false });
        using var two = second.CreateClient(new() { AllowAutoRedirect = false });

        var cookie = await OperatorSignIn.CookieAsync(one);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/hangfire");
        request.Headers.Add("Cookie", cookie);

        Assert.Equal(HttpStatusCode.OK, (await two.SendAsync(request)).StatusCode);
        Assert.True(await KeysInTheDatabaseAsync() >= 1);
    }

    private async Task<long> KeysInTheDatabaseAsync()
    {
        var connectionString = new NpgsqlConnectionStringBuilder(Server) { Database = _database }.ConnectionString;
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        return (long)
            (await new NpgsqlCommand("SELECT COUNT(*) FROM data_protection_keys", connection).ExecuteScalarAsync())!;
    }

    private WebApplicationFactory<Program> Instance()
    {
        var factory = new HostFactory();
        _factories.Add(factory);
        var connectionString = new NpgsqlConnectionStringBuilder(Server) { Database = _database }.ConnectionString;
        return factory.WithWebHostBuilder(b =>
        {
            b.AsProductionWithOperator();
            b.UseSetting("Storage:Provider", "postgres");
            b.UseSetting("ConnectionStrings:CarPass", connectionString);
            b.UseSetting("Host:Roles", "api");
        });
    }
}
