using CarPass.Data.Odometer;
using CarPass.Data.Passports;
using CarPass.Data.Persistence;
using CarPass.Data.Tests.Support;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CarPass.Data.Tests.Storage;

public sealed class ReadPhaseTests : IAsyncLifetime
{
    private TestDatabase _db = null!;

    public async Task InitializeAsync() => _db = await TestDatabase.CreateAsync();

    public async Task DisposeAsync() => await _db.DisposeAsync();

    [Fact]
    public async Task Work_that_only_reads_finishes_and_sees_the_data()
    {
        var (owner, car) = await Garage.OwnerWithCarAsync(_db);
        using var scope = Scope();
        PassportView? view = null;

        var finished = await Get<ReadPhase>(scope)
            .TryAsync(async ct => view = await Get<PassportReader>(scope).VehicleAsync(owner.Id, car.Id, ct), default);

        Assert.True(finished);
        Assert.Equal(car.Id, view?.Vehicle.Id);
    }

    [Fact]
    public async Task A_write_inside_is_refused_by_SQLite_and_leaves_every_table_unchanged()
    {
        var (owner, car) = await Garage.OwnerWithCarAsync(_db);
        var before = await _db.CountAllRowsAsync();
        using var scope = Scope();

        var finished = await Get<ReadPhase>(scope)
            .TryAsync(
                async ct => (await Get<OdometerUseCases>(scope).LogAsync(owner.Id, car.Id, 51_000, false, ct)).Ok(),
                default
            );

        Assert.False(finished);
        Assert.Equal(before, await _db.CountAllRowsAsync());
    }

    [Fact]
    public async Task A_raw_delete_is_refused_too_even_when_it_would_match_nothing()
    {
        using var scope = Scope();
        var db = Get<CarPassDbContext>(scope);

        var finished = await Get<ReadPhase>(scope).TryAsync(ct => db.Conversations.ExecuteDeleteAsync(ct), default);

        Assert.False(finished);
    }

    [Fact]
    public async Task The_connection_writes_again_afterwards_even_after_a_refused_write()
    {
        var (owner, car) = await Garage.OwnerWithCarAsync(_db);
        SqliteConnection.ClearAllPools();
        using var scope = Scope();
        await Get<ReadPhase>(scope)
            .TryAsync(ct => Get<OdometerUseCases>(scope).LogAsync(owner.Id, car.Id, 51_000, false, ct), default);

        var written = await Get<OdometerUseCases>(scope).LogAsync(owner.Id, car.Id, 52_000, false, default);

        Assert.True(written.IsSuccess);
        Assert.Equal(52_000, await _db.ScalarAsync(c => c.OdometerReadings.MaxAsync(r => r.ValueKm)));
    }

    [Fact]
    public async Task Other_failures_are_not_taken_for_a_refused_write()
    {
        using var scope = Scope();

        await Assert.ThrowsAsync<InvalidOperationException>(() =>
            Get<ReadPhase>(scope).TryAsync(_ => throw new InvalidOperationException("a bug"), default)
        );
    }

    private IServiceScope Scope() => _db.Get<IServiceScopeFactory>().CreateScope();

    private static T Get<T>(IServiceScope scope)
        where T : notnull => scope.ServiceProvider.GetRequiredService<T>();
}
