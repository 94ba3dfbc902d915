using CarPass.Data.Access;
using CarPass.Data.Odometer;
using CarPass.Data.WritePath;
using CarPass.Domain.Common;
using CarPass.Domain.Vehicles;

namespace CarPass.Data.Vehicles;

public sealed class VehicleUseCases(WriteRunner writes, VehicleAccessReader access, VinRegistry vins)
{
    public Task<Outcome<Vehicle>> AddAsync(Guid userId, VehicleDraft draft, CancellationToken ct) =>
        writes.RunAsync<Vehicle>(
            userId,
            async (scope, token) =>
            {
                var vehicle = new Vehicle { CreatedAt = scope.Now, UpdatedAt = scope.Now };
                var changes = new VehicleChanges(
                    draft.Name,
                    draft.Make,
                    draft.Model,
                    draft.Year,
                    draft.Vin,
                    draft.PlateNumber,
                    draft.PlateCountry,
                    draft.FuelType
                );
                if (VehicleFieldRules.Apply(vehicle, changes, scope.Now) is { } error)
                    return error;
                if (string.IsNullOrWhiteSpace(vehicle.Name))
                    return new DomainError(ErrorCodes.VehicleNameRequired);
                if (await vins.RefuseDuplicateAsync(userId, vehicle, scope.Now, token) is { } taken)
                    return taken;
                scope.Db.Vehicles.Add(vehicle);
                scope.Db.VehicleAccessGrants.Add(
                    new VehicleAccessGrant
                    {
                        VehicleId = vehicle.Id,
                        Role = AccessRole.Owner,
                        UserId = userId,
                        GrantedByUserId = userId,
                        GrantedAt = scope.Now,
                    }
                );
                scope.Record("vehicle.added", nameof(Vehicle), vehicle.Id, vehicle.Id);
                if (draft.OdometerKm is { } km)
                {
                    var reading = await OdometerWriter.AddAsync(
                        scope,
                        vehicle,
                        km,
                        scope.Now,
                        OdometerSource.Owner,
                        false,
                        token
                    );
                    if (!reading.IsSuccess)
                        return reading.Error;
                }
                return vehicle;
            },
            ct
        );

    public Task<Outcome<Vehicle>> UpdateAsync(
        Guid userId,
        Guid vehicleId,
        VehicleChanges changes,
        CancellationToken ct
    ) =>
        writes.RunAsync<Vehicle>(
            userId,
            async (scope, token) =>
            {
                var vehicle = await access.FindEditableAsync(userId, vehicleId, scope.Now, token);
                if (VehicleGuards.Editable(vehicle) is { } notEditable)
                    return notEditable;
                if (VehicleFieldRules.Apply(vehicle!, changes, scope.Now) is { } error)
                    return error;
                if (
                    changes.Vin is not null
                    && await vins.RefuseDuplicateAsync(userId, vehicle!, scope.Now, token) is { } taken
                )
                    return taken;
                vehicle!.UpdatedAt = scope.Now;
                scope.Record("vehicle.updated", nameof(Vehicle), vehicle.Id, vehicle.Id, data: changes);
                return vehicle;
            },
            ct
        );

    /// <summary>Archiving hides a vehicle from the garage and its averages; its history is kept.</summary>
    public Task<Outcome<Vehicle>> ArchiveAsync(Guid userId, Guid vehicleId, CancellationToken ct) =>
        writes.RunAsync<Vehicle>(
            userId,
            async (scope, token) =>
            {
                var vehicle = await access.FindEditableAsync(userId, vehicleId, scope.Now, token);
                if (vehicle is null || !await access.IsOwnerAsync(userId, vehicleId, scope.Now, token))
                    return new DomainError(ErrorCodes.VehicleNotFound);
                if (vehicle.State == VehicleState.Archived)
                    return vehicle;
                vehicle.State = VehicleState.Archived;
                vehicle.ArchivedAt = scope.Now;
                vehicle.UpdatedAt = scope.Now;
                scope.Record("vehicle.archived", nameof(Vehicle), vehicle.Id, vehicle.Id);
                scope.RecomputeUser(userId);
                return vehicle;
            },
            ct
        );
}
