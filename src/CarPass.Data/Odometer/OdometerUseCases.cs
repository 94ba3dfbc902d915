using CarPass.Data.Access;
using CarPass.Data.Vehicles;
using CarPass.Data.WritePath;
using CarPass.Domain.Common;
using CarPass.Domain.Vehicles;

namespace CarPass.Data.Odometer;

public sealed class OdometerUseCases(WriteRunner writes, VehicleAccessReader access)
{
    /// <param name="keepUnusual">The owner saw the implausible-jump warning and keeps the value.</param>
    public Task<Outcome<OdometerReading>> LogAsync(
        Guid userId,
        Guid vehicleId,
        int valueKm,
        bool keepUnusual,
        CancellationToken ct
    ) =>
        writes.RunAsync<OdometerReading>(
            userId,
            async (scope, token) =>
            {
                var vehicle = await access.FindEditableAsync(userId, vehicleId, scope.Now, token);
                if (VehicleGuards.Editable(vehicle) is { } error)
                    return error;
                return await OdometerWriter.AddAsync(
                    scope,
                    vehicle!,
                    valueKm,
                    scope.Now,
                    OdometerSource.Owner,
                    keepUnusual,
                    token
                );
            },
            ct
        );
}
