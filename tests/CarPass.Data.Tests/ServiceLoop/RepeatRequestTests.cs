using CarPass.Data.Access;
using CarPass.Data.ServiceCenters;
using CarPass.Data.Tests.Support;
using CarPass.Data.Users;
using CarPass.Data.Vehicles;
using Microsoft.EntityFrameworkCore;

namespace CarPass.Data.Tests.ServiceLoop;

public sealed class RepeatRequestTests : IAsyncLifetime
{
    private TestDatabase _db = null!;
    private User _owner = null!;
    private Vehicle _car = null!;
    private ServiceCenter _center = null!;
    private User _employee = null!;

    public async Task InitializeAsync()
    {
        _db = await TestDatabase.CreateAsync();
        (_owner, _car) = await Garage.OwnerWithCarAsync(_db);
        (_center, _employee) = await Garage.VerifiedCenterAsync(_db);
    }

    public async Task DisposeAsync() => await _db.DisposeAsync();

    [Fact]
    public async Task A_second_request_while_the_first_is_open_is_refused_and_changes_nothing()
    {
        var access = _db.Get<AccessUseCases>();
        (await access.RequestAsync(_employee.Id, _center.Id, _car.Id, default)).Ok();
        var before = await _db.CountAllRowsAsync();

        var again = await access.RequestAsync(_employee.Id, _center.Id, _car.Id, default);

        Assert.Equal("access_request_open", again.Error?.Code);
        Assert.Equal(before, await _db.CountAllRowsAsync());
    }

    [Fact]
    public async Task After_the_owner_declines_the_centre_may_ask_again_only_after_the_cool_down()
    {
        var access = _db.Get<AccessUseCases>();
        var first = (await access.RequestAsync(_employee.Id, _center.Id, _car.Id, default)).Ok();
        (await access.DecideAsync(_owner.Id, first.Id, null, default)).Ok();
        var days = new AccessLimits().CooldownAfterDenialDays;
        var before = await _db.CountAllRowsAsync();

        var atOnce = await access.RequestAsync(_employee.Id, _center.Id, _car.Id, default);
        _db.Clock.Advance(TimeSpan.FromDays(days) - TimeSpan.FromMinutes(1));
        var almost = await access.RequestAsync(_employee.Id, _center.Id, _car.Id, default);
        var unchanged = await _db.CountAllRowsAsync();
        _db.Clock.Advance(TimeSpan.FromMinutes(1));
        var later = await access.RequestAsync(_employee.Id, _center.Id, _car.Id, default);

        Assert.Equal("access_request_cooling_down", atOnce.Error?.Code);
        Assert.Equal(TestDatabase.Start.AddDays(days), Assert.Single(atOnce.Error!.Args));
        Assert.Equal("access_request_cooling_down", almost.Error?.Code);
        Assert.Equal(before, unchanged);
        Assert.True(later.IsSuccess);
    }

    [Fact]
    public async Task An_approved_request_does_not_hold_back_the_next_one()
    {
        var access = _db.Get<AccessUseCases>();
        var first = (await access.RequestAsync(_employee.Id, _center.Id, _car.Id, default)).Ok();
        (await access.DecideAsync(_owner.Id, first.Id, 1, default)).Ok();
        _db.Clock.Advance(TimeSpan.FromDays(1));

        var next = await access.RequestAsync(_employee.Id, _center.Id, _car.Id, default);

        Assert.True(next.IsSuccess);
    }

    [Fact]
    public async Task The_database_refuses_a_second_open_request_of_one_centre_for_one_vehicle()
    {
        (await _db.Get<AccessUseCases>().RequestAsync(_employee.Id, _center.Id, _car.Id, default)).Ok();
        await using var context = _db.NewContext();
        context.AccessRequests.Add(
            new AccessRequest
            {
                VehicleId = _car.Id,
                ServiceCenterId = _center.Id,
                RequestedByUserId = _employee.Id,
                CreatedAt = TestDatabase.Start,
            }
        );

        await Assert.ThrowsAsync<DbUpdateException>(() => context.SaveChangesAsync());
    }
}
