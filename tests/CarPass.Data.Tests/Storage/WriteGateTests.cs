using CarPass.Data.Odometer;
using CarPass.Data.Tests.Support;
using CarPass.Data.Vehicles;
using CarPass.Data.WritePath;
using CarPass.Domain.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CarPass.Data.Tests.Storage;

public sealed class WriteGateTests : IAsyncLifetime
{
    private TestDatabase _db = null!;

    public async Task InitializeAsync() => _db = await TestDatabase.CreateAsync();

    public async Task DisposeAsync() => await _db.DisposeAsync();

    [Fact]
    public async Task Many_writers_at_once_all_get_their_turn()
    {
        var cars = new List<(Guid Owner, Guid Car)>();
        for (var i = 0; i < 16; i++)
        {
            var (owner, car) = await Garage.OwnerWithCarAsync(_db, 5000 + i);
            cars.Add((owner.Id, car.Id));
        }

        var outcomes = await Task.WhenAll(
            cars.Select(c =>
                Task.Run(async () =>
                {
                    using var scope = _db.Get<IServiceScopeFactory>().CreateScope();
                    return await scope
                        .ServiceProvider.GetRequiredService<OdometerUseCases>()
                        .LogAsync(c.Owner, c.Car, 50_500, false, default);
                })
            )
        );

        Assert.All(outcomes, o => Assert.True(o.IsSuccess, o.Error?.ToString()));
        Assert.Equal(16, await _db.ScalarAsync(c => c.OdometerReadings.CountAsync(r => r.ValueKm == 50_500)));
    }

    [Fact]
    public async Task A_write_that_fails_hands_the_turn_on()
    {
        var (owner, car) = await Garage.OwnerWithCarAsync(_db);
        var failing = _db.Get<WriteRunner>()
            .RunAsync<Vehicle>(owner.Id, (_, _) => throw new InvalidOperationException("a bug"), default);
        await Assert.ThrowsAsync<InvalidOperationException>(() => failing);

        var next = _db.Get<OdometerUseCases>().LogAsync(owner.Id, car.Id, 51_000, false, default);

        Assert.Same(next, await Task.WhenAny(next, Task.Delay(TimeSpan.FromSeconds(5))));
        Assert.True((await next).IsSuccess);
    }

    [Fact]
    public async Task A_refused_write_hands_the_turn_on()
    {
        var (owner, car) = await Garage.OwnerWithCarAsync(_db);
        var refused = await _db.Get<WriteRunner>()
            .RunAsync<Vehicle>(owner.Id, (_, _) => Task.FromResult<Outcome<Vehicle>>(new DomainError("nope")), default);
        Assert.False(refused.IsSuccess);

        var next = _db.Get<OdometerUseCases>().LogAsync(owner.Id, car.Id, 51_000, false, default);

        Assert.Same(next, await Task.WhenAny(next, Task.Delay(TimeSpan.FromSeconds(5))));
        Assert.True((await next).IsSuccess);
    }
}
