using System.Globalization;
using CarPass.Data.Access;
using CarPass.Data.Notifications;
using CarPass.Data.Odometer;
using CarPass.Data.ServiceCenters;
using CarPass.Data.Vehicles;
using CarPass.Data.WritePath;
using CarPass.Domain.Common;
using CarPass.Domain.Notifications;
using CarPass.Domain.Ownership;
using CarPass.Domain.Vehicles;
using Microsoft.EntityFrameworkCore;

namespace CarPass.Data.Requests;

/// <summary>
/// A centre (or its OCR result) proposes a new value for a sensitive field; nothing changes until
/// the owner approves, and the approved value goes through the same rules as the owner's own edit.
/// </summary>
public sealed class ChangeRequestUseCases(
    WriteRunner writes,
    StaffReader staff,
    VehicleAccessReader access,
    VinRegistry vins,
    RequestNotices notices
)
{
    public Task<Outcome<DataChangeRequest>> ProposeAsync(
        Guid employeeUserId,
        Guid centerId,
        Guid vehicleId,
        VehicleField field,
        string value,
        ChangeSource source,
        CancellationToken ct
    ) =>
        writes.RunAsync<DataChangeRequest>(
            employeeUserId,
            async (scope, token) =>
            {
                if (await staff.ActiveAsync(employeeUserId, centerId, token) is null)
                    return new DomainError(ErrorCodes.NotAnEmployee);
                if (!await access.CenterHasAccessAsync(centerId, vehicleId, scope.Now, token))
                    return new DomainError(ErrorCodes.VehicleNotFound);
                var vehicle = await scope.Db.Vehicles.AsNoTracking().FirstAsync(v => v.Id == vehicleId, token);
                // Checked on a copy: a value the owner could never approve is refused now, not later.
                var probe = new Vehicle { Name = vehicle.Name, PlateCountry = vehicle.PlateCountry };
                var check =
                    field == VehicleField.Odometer
                        ? (
                            int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var km)
                                ? OdometerRules.Assess(
                                    km,
                                    scope.Now,
                                    await OdometerWriter.AroundAsync(scope, vehicleId, scope.Now, token)
                                )
                                : new DomainError(ErrorCodes.OdometerOutOfRange)
                        )
                        : VehicleFieldRules.Apply(probe, FieldChanges.For(field, value), scope.Now);
                if (check is not null)
                    return check;
                // The centre learns only that the VIN is taken, as its own search would tell it.
                if (probe.Vin is { } vin && await vins.HolderAsync(vin, vehicleId, token) is not null)
                    return new DomainError(OwnershipErrorCodes.VinTakenElsewhere);
                var request = new DataChangeRequest
                {
                    VehicleId = vehicleId,
                    Field = field,
                    ProposedValue = value.Trim(),
                    PreviousValue = FieldChanges.Current(vehicle, field),
                    Source = source,
                    RequestedByUserId = employeeUserId,
                    ServiceCenterId = centerId,
                    CreatedAt = scope.Now,
                };
                scope.Db.DataChangeRequests.Add(request);
                scope.Record(
                    "change.proposed",
                    nameof(DataChangeRequest),
                    request.Id,
                    vehicleId,
                    centerId,
                    new { field = field.ToString() }
                );
                await notices.QueueAsync(
                    scope,
                    NotificationKind.DataChangePending,
                    request.Id,
                    vehicleId,
                    centerId,
                    token,
                    field: field
                );
                return request;
            },
            ct
        );

    public Task<Outcome<DataChangeRequest>> DecideAsync(
        Guid ownerUserId,
        Guid requestId,
        bool approve,
        CancellationToken ct
    ) =>
        writes.RunAsync<DataChangeRequest>(
            ownerUserId,
            async (scope, token) =>
            {
                var request = await scope.Db.DataChangeRequests.FirstOrDefaultAsync(r => r.Id == requestId, token);
                if (request is null || !await access.IsOwnerAsync(ownerUserId, request.VehicleId, scope.Now, token))
                    return new DomainError(ErrorCodes.RequestNotFound);
                if (request.Status != RequestStatus.Pending)
                    return new DomainError(ErrorCodes.RequestAlreadyDecided);
                if (approve && await ApplyAsync(scope, ownerUserId, request, token) is { } refused)
                    return refused;
                request.Status = approve ? RequestStatus.Approved : RequestStatus.Rejected;
                request.DecidedByUserId = ownerUserId;
                request.DecidedAt = scope.Now;
                request.Version = Guid.NewGuid();
                scope.Record(
                    approve ? "change.approved" : "change.rejected",
                    nameof(DataChangeRequest),
                    request.Id,
                    request.VehicleId,
                    request.ServiceCenterId
                );
                return request;
            },
            ct
        );

    private async Task<DomainError?> ApplyAsync(
        WriteScope scope,
        Guid ownerUserId,
        DataChangeRequest request,
        CancellationToken ct
    )
    {
        var vehicle = await scope.Db.Vehicles.FirstAsync(v => v.Id == request.VehicleId, ct);
        if (request.Field != VehicleField.Odometer)
            return VehicleFieldRules.Apply(vehicle, FieldChanges.For(request.Field, request.ProposedValue), scope.Now)
                ?? await vins.RefuseDuplicateAsync(ownerUserId, vehicle, scope.Now, ct);
        // Approved by the owner, the centre's reading is as good as the owner's own.
        var reading = await OdometerWriter.AddAsync(
            scope,
            vehicle,
            int.Parse(request.ProposedValue, CultureInfo.InvariantCulture),
            scope.Now,
            OdometerSource.Owner,
            false,
            ct
        );
        return reading.Error;
    }
}
