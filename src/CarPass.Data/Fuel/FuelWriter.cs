using CarPass.Data.Vehicles;
using CarPass.Data.WritePath;
using CarPass.Domain.Common;

namespace CarPass.Data.Fuel;

/// <summary>The write of one fill, shared by the chat's fuel step and the import: validated, its odometer through the plausibility rules.</summary>
internal static class FuelWriter
{
    /// <param name="vehicle">A vehicle the user may change (the caller checked).</param>
    public static async Task<Outcome<FuelEntry>> AddAsync(
        WriteScope scope,
        Vehicle vehicle,
        Guid userId,
        FuelDraft draft,
        CancellationToken token
    )
    {
        var error = Input.FirstError(
            draft.Litres is > 0 and <= FuelUseCases.MaxLitres
                ? null
                : new DomainError(ErrorCodes.LitresOutOfRange, 0, FuelUseCases.MaxLitres),
            LoggedPurchase.ReceiptError(draft.TotalPriceMinor, draft.Currency, draft.FilledAt, scope.Now)
        );
        if (error is not null)
            return error;
        var entry = new FuelEntry
        {
            VehicleId = vehicle.Id,
            FilledAt = draft.FilledAt ?? scope.Now,
            Litres = draft.Litres,
            TotalPriceMinor = draft.TotalPriceMinor,
            Currency = LoggedPurchase.Currency(draft.Currency),
            OdometerKm = draft.OdometerKm,
            IsFullTank = draft.IsFullTank,
            MissedPrevious = draft.MissedPrevious,
            CreatedByUserId = userId,
            CreatedAt = scope.Now,
        };
        if (
            await LoggedPurchase.OdometerAsync(
                scope,
                vehicle,
                draft.OdometerKm,
                entry.FilledAt,
                draft.KeepUnusualOdometer,
                token
            ) is
            { } refused
        )
            return refused;
        scope.Db.FuelEntries.Add(entry);
        scope.RecordAdded("fuel.logged", entry, vehicle, data: new { litres = draft.Litres, full = draft.IsFullTank });
        return entry;
    }
}
