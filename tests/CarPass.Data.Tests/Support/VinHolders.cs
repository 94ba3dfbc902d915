using CarPass.Data.Users;
using CarPass.Data.Vehicles;
using CarPass.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace CarPass.Data.Tests.Support;

/// <summary>Passports that hold a VIN, and two people typing the same VIN at the same moment.</summary>
public static class VinHolders
{
    public static readonly string[] Vins = [Garage.ValidVin, "1M8GDM9AXKP042788", "XTA210930Y2696789"];

    public static async Task<(User Owner, Vehicle Car)> OwnerWithVinAsync(TestDatabase db, long telegramId, string vin)
    {
        var (owner, car) = await Garage.OwnerWithCarAsync(db, telegramId);
        var updated = (
            await db.Get<VehicleUseCases>().UpdateAsync(owner.Id, car.Id, new VehicleChanges(Vin: vin), default)
        ).Ok();
        return (owner, updated);
    }

    /// <summary>One person puts the VIN on their car while another adds a car with it, both at once.</summary>
    public static async Task<Outcome<Vehicle>[]> RaceAsync(
        TestDatabase db,
        string vin,
        (Guid User, Guid Car) editor,
        Guid adder
    )
    {
        using var start = new Barrier(2);
        return await Task.WhenAll(
            Task.Run(() =>
            {
                var vehicles = db.Get<VehicleUseCases>();
                start.SignalAndWait();
                return vehicles.UpdateAsync(editor.User, editor.Car, new VehicleChanges(Vin: vin), default);
            }),
            Task.Run(() =>
            {
                var vehicles = db.Get<VehicleUseCases>();
                start.SignalAndWait();
                return vehicles.AddAsync(adder, new VehicleDraft("Same VIN", Vin: vin), default);
            })
        );
    }

    /// <summary>
    /// Ten rounds of two people typing the same VIN at the same moment: one passport holds it, the
    /// other person gets the clear answer.
    /// </summary>
    public static async Task RaceRoundsAsync(TestDatabase db)
    {
        for (var round = 0; round < 10; round++)
        {
            var vin = Vins[round % Vins.Length];
            var (first, firstCar) = await Garage.OwnerWithCarAsync(db, 3000 + round * 2);
            var (second, _) = await Garage.OwnerWithCarAsync(db, 3001 + round * 2);

            var outcomes = await RaceAsync(db, vin, (first.Id, firstCar.Id), second.Id);

            Assert.Equal(1, outcomes.Count(o => o.IsSuccess));
            Assert.Equal("vin_taken", Assert.Single(outcomes, o => !o.IsSuccess).Error!.Code);
            Assert.Equal(
                1,
                await db.ScalarAsync(c => c.Vehicles.CountAsync(v => v.Vin == vin && v.State == VehicleState.Active))
            );
            await ArchiveEveryPassportWithAsync(db, vin);
        }
    }

    /// <summary>Frees a VIN for the next round, the way an owner would: by archiving.</summary>
    public static async Task ArchiveEveryPassportWithAsync(TestDatabase db, string vin)
    {
        await using var context = db.NewContext();
        await context
            .Vehicles.Where(v => v.Vin == vin)
            .ExecuteUpdateAsync(s => s.SetProperty(v => v.State, VehicleState.Archived));
    }
}
