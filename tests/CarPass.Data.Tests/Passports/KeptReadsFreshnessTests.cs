using CarPass.Data.Passports;
using CarPass.Data.Tests.Support;
using CarPass.Data.Users;
using CarPass.Data.Vehicles;
using CarPass.Domain.Texts;

namespace CarPass.Data.Tests.Passports;

/// <summary>
/// On SQLite every passport and garage read checks access on a kept statement and takes the vehicle's
/// row kept while the database has not changed (<see cref="KeptVehicles"/>); the signed-in user is
/// read on a kept statement too (<see cref="SignedInUser"/>); the signed-in user and the access
/// answers are kept until the next write (<see cref="SignedInUsers"/>, <see cref="KeptGrants"/>). None
/// of it may ever show a row older than the last committed write, whoever made it.
/// </summary>
public sealed class KeptReadsFreshnessTests : IAsyncLifetime
{
    private TestDatabase _db = null!;
    private User _owner = null!;
    private Vehicle _car = null!;

    public async Task InitializeAsync()
    {
        _db = await TestDatabase.CreateAsync();
        (_owner, _car) = await Garage.OwnerWithCarAsync(_db);
    }

    public async Task DisposeAsync() => await _db.DisposeAsync();

    [Fact]
    public async Task A_vehicle_renamed_by_its_owner_shows_its_new_name_on_the_next_passport_and_garage_read()
    {
        await KeptVehicleAsync();

        (
            await _db.Get<VehicleUseCases>().UpdateAsync(_owner.Id, _car.Id, new VehicleChanges(Name: "Blue"), default)
        ).Ok();

        Assert.Equal("Blue", (await ReadModel.ReadAsync(_db, _owner.Id, _car.Id))!.Vehicle.Name);
        Assert.Equal("Blue", Assert.Single((await GarageAsync()).Vehicles).Name);
    }

    [Fact]
    public async Task A_vehicle_renamed_by_another_process_while_it_is_read_shows_each_new_name_at_once()
    {
        await KeptVehicleAsync();
        using var stop = new CancellationTokenSource();
        var readers = Enumerable
            .Range(0, 2)
            .Select(_ =>
                Task.Run(async () =>
                {
                    while (!stop.IsCancellationRequested)
                        await ReadModel.ReadAsync(_db, _owner.Id, _car.Id);
                })
            )
            .ToList();
        try
        {
            for (var i = 1; i <= 25; i++)
            {
                await _db.WriteElsewhereAsync($"UPDATE vehicles SET name = 'Car {i}'");
                Assert.Equal($"Car {i}", (await ReadModel.ReadAsync(_db, _owner.Id, _car.Id))!.Vehicle.Name);
                Assert.Equal($"Car {i}", Assert.Single((await GarageAsync()).Vehicles).Name);
            }
        }
        finally
        {
            await stop.CancelAsync();
            await Task.WhenAll(readers);
        }
    }

    [Fact]
    public async Task A_kept_vehicle_row_is_served_only_to_readers_who_pass_the_access_check()
    {
        var stranger = await _db.UserAsync(77);
        await KeptVehicleAsync();

        Assert.Null(await ReadModel.ReadAsync(_db, stranger.Id, _car.Id));
        Assert.Empty((await _db.Get<PassportReader>().GarageAsync(stranger.Id, default)).Vehicles);
        Assert.Empty(await _db.Get<PassportReader>().VehicleIdsAsync(stranger.Id, default));
        Assert.Equal([_car.Id], await _db.Get<PassportReader>().VehicleIdsAsync(_owner.Id, default));
    }

    [Fact]
    public async Task The_signed_in_user_is_read_as_stored_and_sees_a_new_language_at_once()
    {
        await using (var context = _db.NewContext())
        {
            var user = await SignedInUser.FindAsync(context, _owner.TelegramId, default);
            Assert.Equal(new SignedInUser(_owner.Id, _owner.TelegramId, _owner.FirstName, "en"), user);
            Assert.Null(await SignedInUser.FindAsync(context, 999_999, default));
        }

        (await _db.Get<UserUseCases>().SetLanguageAsync(_owner.Id, Language.Ru, default)).Ok();
        await using (var context = _db.NewContext())
            Assert.Equal("ru", (await SignedInUser.FindAsync(context, _owner.TelegramId, default))!.Language);

        await _db.WriteElsewhereAsync("UPDATE users SET first_name = 'Renamed'");
        await using (var context = _db.NewContext())
            Assert.Equal("Renamed", (await SignedInUser.FindAsync(context, _owner.TelegramId, default))!.FirstName);
    }

    [Fact]
    public async Task A_kept_signed_in_user_is_served_until_a_write_then_the_new_language_or_name_at_once()
    {
        var kept = await KeptSignedInUserAsync();
        Assert.Equal(new SignedInUser(_owner.Id, _owner.TelegramId, _owner.FirstName, "en"), kept);
        Assert.Null(await FindSignedInAsync(999_999));

        (await _db.Get<UserUseCases>().SetLanguageAsync(_owner.Id, Language.Ru, default)).Ok();
        Assert.Equal("ru", (await FindSignedInAsync(_owner.TelegramId))!.Language);

        await _db.WriteElsewhereAsync("UPDATE users SET first_name = 'Renamed'");
        Assert.Equal("Renamed", (await FindSignedInAsync(_owner.TelegramId))!.FirstName);
    }

    [Fact]
    public async Task A_kept_access_answer_ends_when_another_process_revokes_the_grant()
    {
        var viewer = await _db.UserAsync(42);
        await _db.WriteElsewhereAsync(
            $"INSERT INTO vehicle_access_grants (id, vehicle_id, role, user_id, granted_at) VALUES ('{Guid.NewGuid().ToString().ToUpperInvariant()}', '{_car.Id.ToString().ToUpperInvariant()}', 'Viewer', '{viewer.Id.ToString().ToUpperInvariant()}', '2026-01-01 00:00:00')"
        );
        for (var read = 0; read < 3; read++)
            Assert.NotNull(await ReadModel.ReadAsync(_db, viewer.Id, _car.Id));
        Assert.Single((await _db.Get<PassportReader>().GarageAsync(viewer.Id, default)).Vehicles);

        await _db.WriteElsewhereAsync(
            $"UPDATE vehicle_access_grants SET revoked_at = '2026-01-02 00:00:00' WHERE role = 'Viewer'"
        );

        Assert.Null(await ReadModel.ReadAsync(_db, viewer.Id, _car.Id));
        Assert.Empty((await _db.Get<PassportReader>().GarageAsync(viewer.Id, default)).Vehicles);
        Assert.Empty(await _db.Get<PassportReader>().VehicleIdsAsync(viewer.Id, default));
        Assert.NotNull(await ReadModel.ReadAsync(_db, _owner.Id, _car.Id));
    }

    private async Task<SignedInUser?> FindSignedInAsync(long telegramId)
    {
        await using var context = _db.NewContext();
        return await _db.Get<SignedInUsers>().FindAsync(context, telegramId, default);
    }

    private async Task<SignedInUser> KeptSignedInUserAsync() =>
        await KeptReads.StableAsync(async () => (await FindSignedInAsync(_owner.TelegramId))!, "The signed-in user");

    private Task<GarageView> GarageAsync() => _db.Get<PassportReader>().GarageAsync(_owner.Id, default);

    private Task KeptVehicleAsync() =>
        KeptReads.StableAsync(
            async () => (await ReadModel.ReadAsync(_db, _owner.Id, _car.Id))!.Vehicle,
            "The vehicle's row"
        );
}
