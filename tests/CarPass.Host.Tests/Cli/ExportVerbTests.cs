using System.IO.Compression;
using System.Text.Json;
using CarPass.Data.Fuel;
using CarPass.Data.Persistence;
using CarPass.Data.Users;
using CarPass.Data.Vehicles;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace CarPass.Host.Tests.Cli;

/// <summary>`export --vehicle … --out …` through the host's real entry point, against a real database file.</summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class ExportVerbTests : IAsyncLifetime
{
    private readonly HostFactory _host = new();
    private readonly string _out = Path.Combine(
        Path.GetTempPath(),
        "carpass-export-tests",
        Guid.NewGuid().ToString("N")
    );

    public Task InitializeAsync()
    {
        Directory.CreateDirectory(_out);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_out, recursive: true);
    }

    [Fact]
    public async Task The_verb_writes_the_vehicles_export_owner_only_and_refuses_to_overwrite()
    {
        var car = await SeedCarWithFuelAsync();
        var zip = Path.Combine(_out, "car.zip");
        var json = Path.Combine(_out, "car.json");

        Assert.Equal(0, await ExportAsync("--vehicle", car.ToString(), "--out", zip));
        Assert.Equal(0, await ExportAsync("--vehicle", car.ToString(), "--out", json, "--format", "json"));
        Assert.Equal(1, await ExportAsync("--vehicle", car.ToString(), "--out", zip));
        Assert.Equal(
            1,
            await ExportAsync("--vehicle", Guid.NewGuid().ToString(), "--out", Path.Combine(_out, "x.zip"))
        );
        Assert.Equal(2, await ExportAsync("--vehicle", "not-an-id", "--out", Path.Combine(_out, "y.zip")));

        Assert.Equal(OwnerOnly.FileMode, File.GetUnixFileMode(zip));
        using (var archive = ZipFile.OpenRead(zip))
            Assert.Contains(archive.Entries, e => e.FullName == "fuel.csv");
        using var document = JsonDocument.Parse(await File.ReadAllTextAsync(json));
        Assert.Equal(
            car,
            Assert
                .Single(document.RootElement.GetProperty("vehicles").EnumerateArray())
                .GetProperty("vehicle_id")
                .GetGuid()
        );
        Assert.Equal(
            33.5,
            Assert.Single(document.RootElement.GetProperty("fuel").EnumerateArray()).GetProperty("litres").GetDouble()
        );
        Assert.False(File.Exists(Path.Combine(_out, "x.zip")));
        Assert.Empty(Directory.GetFiles(_out, "*.partial"));
    }

    private Task<int> ExportAsync(params string[] args) =>
        HostEntryPoint.RunAsync(["export", .. args, $"--ConnectionStrings:CarPass={_host.ConnectionString}"]);

    private async Task<Guid> SeedCarWithFuelAsync()
    {
        await using var scope = _host.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var owner = (
            await services
                .GetRequiredService<UserUseCases>()
                .EnsureAsync(new TelegramProfile(100000051, "Export", null, null, "en"), false, default)
        )
            .Value!
            .Id;
        var car = (
            await services
                .GetRequiredService<VehicleUseCases>()
                .AddAsync(owner, new VehicleDraft("Export car", "Lada", "Vesta", 2016), default)
        )
            .Value!
            .Id;
        await services.GetRequiredService<FuelUseCases>().LogAsync(owner, car, new FuelDraft(33.5), default);
        return car;
    }
}
