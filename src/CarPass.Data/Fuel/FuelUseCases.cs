using CarPass.Data.Access;
using CarPass.Data.Odometer;
using CarPass.Data.Vehicles;
using CarPass.Data.WritePath;
using CarPass.Domain.Common;
using CarPass.Domain.Vehicles;

namespace CarPass.Data.Fuel;

public sealed class FuelUseCases(WriteRunner writes, VehicleAccessReader access)
{
    public const double MaxLitres = 500;
    public const long MaxPriceMinor = 100_000_000;

    public Task<Outcome<FuelEntry>> LogAsync(Guid userId, Guid vehicleId, FuelDraft draft, CancellationToken ct) =>
        writes.RunAsync<FuelEntry>(
            userId,
            async (scope, token) =>
            {
                var vehicle = await access.FindEditableAsync(userId, vehicleId, scope.Now, token);
                var error = Input.FirstError(
                    VehicleGuards.Editable(vehicle),
                    draft.Litres is > 0 and <= MaxLitres
                        ? null
                        : new DomainError(ErrorCodes.LitresOutOfRange, 0, MaxLitres),
                    draft.TotalPriceMinor is null or (>= 0 and <= MaxPriceMinor)
                        ? null
                        : new DomainError(ErrorCodes.PriceOutOfRange),
                    Input.TooLong(Input.Clean(draft.Currency), 3),
                    Input.Date(draft.FilledAt, scope.Now)
                );
                if (error is not null)
                    return error;
                var entry = new FuelEntry
                {
                    VehicleId = vehicleId,
                    FilledAt = draft.FilledAt ?? scope.Now,
                    Litres = draft.Litres,
                    TotalPriceMinor = draft.TotalPriceMinor,
                    Currency = Input.Clean(draft.Currency)?.ToUpperInvariant(),
                    OdometerKm = draft.OdometerKm,
                    IsFullTank = draft.IsFullTank,
                    MissedPrevious = draft.MissedPrevious,
                    CreatedByUserId = userId,
                    CreatedAt = scope.Now,
                };
                if (draft.OdometerKm is { } km)
                {
                    var reading = await OdometerWriter.AddAsync(
                        scope,
                        vehicle!,
                        km,
                        entry.FilledAt,
                        OdometerSource.Owner,
                        draft.KeepUnusualOdometer,
                        token
                    );
                    if (!reading.IsSuccess)
                        return reading.Error;
                }
                scope.Db.FuelEntries.Add(entry);
                scope.Record(
                    "fuel.logged",
                    nameof(FuelEntry),
                    entry.Id,
                    vehicleId,
                    data: new { litres = draft.Litres, full = draft.IsFullTank }
                );
                return entry;
            },
            ct
        );
}
