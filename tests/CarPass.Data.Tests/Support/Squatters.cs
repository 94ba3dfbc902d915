using CarPass.Data.Access;
using CarPass.Data.Vehicles;

namespace CarPass.Data.Tests.Support;

/// <summary>Rows written straight into the database, past the use cases, as only a bug or a race could.</summary>
public static class Squatters
{
    public static async Task SecondOwnerAsync(TestDatabase db, Guid vehicleId, Guid userId)
    {
        await using var context = db.NewContext();
        context.VehicleAccessGrants.Add(
            new VehicleAccessGrant
            {
                VehicleId = vehicleId,
                Role = AccessRole.Owner,
                UserId = userId,
                GrantedAt = TestDatabase.Start,
            }
        );
        await context.SaveChangesAsync();
    }

    public static async Task SecondPassportAsync(TestDatabase db, string vin)
    {
        await using var context = db.NewContext();
        context.Vehicles.Add(
            new Vehicle
            {
                Name = "Squatter",
                Vin = vin,
                CreatedAt = TestDatabase.Start,
                UpdatedAt = TestDatabase.Start,
            }
        );
        await context.SaveChangesAsync();
    }
}
