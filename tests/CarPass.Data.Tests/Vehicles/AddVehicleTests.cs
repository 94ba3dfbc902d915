using CarPass.Data.Access;
using CarPass.Data.Tests.Support;
using CarPass.Data.Vehicles;
using CarPass.Domain.Scoring;
using Microsoft.EntityFrameworkCore;

namespace CarPass.Data.Tests.Vehicles;

public sealed class AddVehicleTests : IAsyncLifetime
{
    private TestDatabase _db = null!;

    public async Task InitializeAsync() => _db = await TestDatabase.CreateAsync();

    public async Task DisposeAsync() => await _db.DisposeAsync();

    [Fact]
    public async Task Adding_a_vehicle_makes_the_user_its_owner_and_stores_its_first_passport()
    {
        var owner = await _db.UserAsync(1);

        var car = (
            await _db.Get<VehicleUseCases>()
                .AddAsync(
                    owner.Id,
                    new VehicleDraft(null, "Toyota", "Camry", 2019, Garage.ValidVin, "a123bc77", "RU", 84_500),
                    default
                )
        ).Ok();

        var grant = await _db.ScalarAsync(c => c.VehicleAccessGrants.SingleAsync(g => g.VehicleId == car.Id));
        var score = await _db.ScalarAsync(c => c.VehicleScores.SingleAsync(s => s.VehicleId == car.Id));
        Assert.Equal((AccessRole.Owner, owner.Id), (grant.Role, grant.UserId!.Value));
        Assert.Equal("Toyota Camry", car.Name);
        Assert.Equal("А123ВС77", car.PlateNumber);
        Assert.Equal(84_500, car.CurrentOdometerKm);
        // owner 5 + identity 15 + VIN 15 + plate 10 + odometer 10
        Assert.Equal(55, score.CompletenessScore);
        Assert.Equal(ProfileQuality.Useful, score.ProfileQuality);
        Assert.Equal(TestDatabase.Start, score.ComputedAt);
    }

    [Theory]
    [InlineData(null, null, null, null, null, "vehicle_name_required")]
    [InlineData("Golf", null, null, "WVWZZZ1JZXW00000I", null, "vin_forbidden_letters")]
    [InlineData("Golf", null, null, "WVWZZZ1JZXW0000", null, "vin_wrong_length")]
    [InlineData("Golf", null, null, "1M8GDM9AXKP042789", null, "vin_check_digit")]
    [InlineData("Golf", null, 1700, null, null, "year_out_of_range")]
    [InlineData("Golf", null, 2031, null, null, "year_out_of_range")]
    [InlineData("Golf", null, null, null, "Q123QQ77", "plate_invalid_ru")]
    [InlineData(
        "Golf",
        "Volkswagen Volkswagen Volkswagen Volkswagen Volkswagen Volkswagen!",
        null,
        null,
        null,
        "value_too_long"
    )]
    public async Task Bad_input_gets_a_typed_error_and_changes_nothing(
        string? name,
        string? make,
        int? year,
        string? vin,
        string? plate,
        string expectedCode
    )
    {
        var owner = await _db.UserAsync(1);
        var before = await _db.CountAllRowsAsync();

        var outcome = await _db.Get<VehicleUseCases>()
            .AddAsync(
                owner.Id,
                new VehicleDraft(name, make, null, year, vin, plate, plate is null ? null : "RU"),
                default
            );

        Assert.Equal(expectedCode, outcome.Error?.Code);
        Assert.Equal(before, await _db.CountAllRowsAsync());
    }

    [Fact]
    public async Task A_refused_odometer_after_the_vehicle_was_staged_rolls_the_whole_write_back()
    {
        var owner = await _db.UserAsync(1);
        var before = await _db.CountAllRowsAsync();

        var outcome = await _db.Get<VehicleUseCases>()
            .AddAsync(owner.Id, new VehicleDraft("Golf", OdometerKm: -5), default);

        Assert.Equal("odometer_out_of_range", outcome.Error?.Code);
        Assert.Equal(before, await _db.CountAllRowsAsync());
    }

    [Fact]
    public async Task Someone_elses_vehicle_looks_exactly_like_a_missing_one()
    {
        var (_, car) = await Garage.OwnerWithCarAsync(_db, 1);
        var stranger = await _db.UserAsync(2);
        var vehicles = _db.Get<VehicleUseCases>();

        var foreign = await vehicles.UpdateAsync(stranger.Id, car.Id, new VehicleChanges(Name: "Mine now"), default);
        var missing = await vehicles.UpdateAsync(
            stranger.Id,
            Guid.NewGuid(),
            new VehicleChanges(Name: "Mine now"),
            default
        );

        Assert.Equal("vehicle_not_found", foreign.Error?.Code);
        Assert.Equal(foreign.Error, missing.Error);
        Assert.Equal(
            "Golf",
            await _db.ScalarAsync(c => c.Vehicles.Where(v => v.Id == car.Id).Select(v => v.Name).SingleAsync())
        );
    }

    [Fact]
    public async Task Archived_vehicles_cannot_be_changed()
    {
        var (owner, car) = await Garage.OwnerWithCarAsync(_db);
        var vehicles = _db.Get<VehicleUseCases>();

        (await vehicles.ArchiveAsync(owner.Id, car.Id, default)).Ok();
        var edit = await vehicles.UpdateAsync(owner.Id, car.Id, new VehicleChanges(Vin: Garage.ValidVin), default);

        Assert.Equal("vehicle_archived", edit.Error?.Code);
        Assert.Null(await _db.ScalarAsync(c => c.Vehicles.Where(v => v.Id == car.Id).Select(v => v.Vin).SingleAsync()));
    }

    [Fact]
    public async Task Vehicle_ids_are_not_sequential()
    {
        var owner = await _db.UserAsync(1);
        var vehicles = _db.Get<VehicleUseCases>();

        var a = (await vehicles.AddAsync(owner.Id, new VehicleDraft("A"), default)).Ok();
        var b = (await vehicles.AddAsync(owner.Id, new VehicleDraft("B"), default)).Ok();

        var (first, second) = (a.Id.ToString("N"), b.Id.ToString("N"));
        Assert.NotEqual(first[16..], second[16..]);
    }
}
