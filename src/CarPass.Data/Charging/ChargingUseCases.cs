using CarPass.Data.Access;
using CarPass.Data.Vehicles;
using CarPass.Data.WritePath;
using CarPass.Domain.Common;

namespace CarPass.Data.Charging;

public sealed class ChargingUseCases(WriteRunner writes, VehicleAccessReader access)
{
    /// <summary>More than the largest battery on sale holds: a bigger figure is a typo.</summary>
    public const double MaxKwh = 250;

    public Task<Outcome<ChargingSession>> LogAsync(
        Guid userId,
        Guid vehicleId,
        ChargingDraft draft,
        CancellationToken ct
    ) =>
        writes.RunAsync<ChargingSession>(
            userId,
            async (scope, token) =>
            {
                var vehicle = await access.FindEditableAsync(userId, vehicleId, scope.Now, token);
                if (VehicleGuards.Editable(vehicle) is { } refused)
                    return refused;
                return await ChargingWriter.AddAsync(scope, vehicle!, userId, draft, token);
            },
            ct
        );
}
