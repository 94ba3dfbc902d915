using CarPass.Data.Odometer;
using CarPass.Data.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace CarPass.Data.Tests.Vehicles;

public sealed class OdometerTests : IAsyncLifetime
{
    private TestDatabase _db = null!;

    public async Task InitializeAsync() => _db = await TestDatabase.CreateAsync();

    public async Task DisposeAsync() => await _db.DisposeAsync();

    [Theory]
    [InlineData(49_999, "odometer_below_trusted")]
    [InlineData(-1, "odometer_out_of_range")]
    [InlineData(2_000_001, "odometer_out_of_range")]
    [InlineData(55_001, "odometer_implausible_jump")]
    public async Task Implausible_readings_are_refused_and_change_nothing(int km, string expectedCode)
    {
        var (owner, car) = await Garage.OwnerWithCarAsync(_db, odometerKm: 50_000);
        var before = await _db.CountAllRowsAsync();

        var outcome = await _db.Get<OdometerUseCases>().LogAsync(owner.Id, car.Id, km, keepUnusual: false, default);

        Assert.Equal(expectedCode, outcome.Error?.Code);
        Assert.Equal(before, await _db.CountAllRowsAsync());
    }

    [Theory]
    [InlineData(50_000)]
    [InlineData(55_000)]
    public async Task Readings_up_to_the_allowance_are_trusted_and_move_the_current_odometer(int km)
    {
        var (owner, car) = await Garage.OwnerWithCarAsync(_db, odometerKm: 50_000);

        var reading = (await _db.Get<OdometerUseCases>().LogAsync(owner.Id, car.Id, km, false, default)).Ok();

        Assert.True(reading.IsTrusted);
        Assert.Equal(km, await CurrentKmAsync(car.Id));
    }

    [Fact]
    public async Task A_longer_gap_allows_a_bigger_jump()
    {
        var (owner, car) = await Garage.OwnerWithCarAsync(_db, odometerKm: 50_000);
        _db.Clock.Advance(TimeSpan.FromDays(10));

        var outcome = await _db.Get<OdometerUseCases>().LogAsync(owner.Id, car.Id, 64_000, false, default);

        Assert.True(outcome.IsSuccess, outcome.Error?.ToString());
    }

    [Fact]
    public async Task An_implausible_jump_the_owner_keeps_is_stored_flagged_and_never_becomes_current_mileage()
    {
        var (owner, car) = await Garage.OwnerWithCarAsync(_db, odometerKm: 50_000);

        var reading = (
            await _db.Get<OdometerUseCases>().LogAsync(owner.Id, car.Id, 500_000, keepUnusual: true, default)
        ).Ok();

        Assert.True(reading.IsFlagged);
        Assert.False(reading.IsTrusted);
        Assert.Equal(50_000, await CurrentKmAsync(car.Id));
        var next = await _db.Get<OdometerUseCases>().LogAsync(owner.Id, car.Id, 50_300, false, default);
        Assert.True(next.IsSuccess, "a flagged typo must not block the next real reading");
    }

    private Task<int?> CurrentKmAsync(Guid vehicleId) =>
        _db.ScalarAsync(c => c.Vehicles.Where(v => v.Id == vehicleId).Select(v => v.CurrentOdometerKm).SingleAsync());
}
