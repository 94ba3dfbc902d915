using CarPass.Data.Access;
using CarPass.Data.Vehicles;
using CarPass.Data.WritePath;
using CarPass.Domain.Common;

namespace CarPass.Data.Fuel;

public sealed class FuelUseCases(WriteRunner writes, VehicleAccessReader access)
{
    public const double MaxLitres = 500;
    public const long MaxPriceMinor = LoggedPurchase.MaxPriceMinor;

    public Task<Outcome<FuelEntry>> LogAsync(Guid userId, Guid vehicleId, FuelDraft draft, CancellationToken ct) =>
        writes.RunAsync<FuelEntry>(
            userId,
            async (scope, token) =>
            {
                var vehicle = await access.FindEditableAsync(userId, vehicleId, scope.Now, token);
                if (VehicleGuards.Editable(vehicle) is { } refused)
                    return refused;
                return await FuelWriter.AddAsync(scope, vehicle!, userId, draft, token);
            },
            ct
        );
}
