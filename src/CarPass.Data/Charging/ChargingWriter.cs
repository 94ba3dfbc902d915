using CarPass.Data.Vehicles;
using CarPass.Data.WritePath;
using CarPass.Domain.Common;

namespace CarPass.Data.Charging;

/// <summary>The write of one charging session: validated like a fill, its odometer through the plausibility rules.</summary>
internal static class ChargingWriter
{
    /// <param name="vehicle">A vehicle the user may change (the caller checked).</param>
    public static async Task<Outcome<ChargingSession>> AddAsync(
        WriteScope scope,
        Vehicle vehicle,
        Guid userId,
        ChargingDraft draft,
        CancellationToken token
    )
    {
        if (Validate(draft, scope.Now) is { } error)
            return error;
        var session = new ChargingSession
        {
            VehicleId = vehicle.Id,
            ChargedAt = draft.ChargedAt ?? scope.Now,
            Kwh = draft.Kwh,
            TotalPriceMinor = draft.TotalPriceMinor,
            Currency = LoggedPurchase.Currency(draft.Currency),
            SocBefore = draft.SocBefore,
            SocAfter = draft.SocAfter,
            Place = draft.Place,
            OdometerKm = draft.OdometerKm,
            CreatedByUserId = userId,
            CreatedAt = scope.Now,
        };
        if (
            await LoggedPurchase.OdometerAsync(
                scope,
                vehicle,
                draft.OdometerKm,
                session.ChargedAt,
                draft.KeepUnusualOdometer,
                token
            ) is
            { } refused
        )
            return refused;
        scope.Db.ChargingSessions.Add(session);
        scope.Record(
            "charging.logged",
            nameof(ChargingSession),
            session.Id,
            vehicle.Id,
            data: new { kwh = draft.Kwh, place = draft.Place.ToString() }
        );
        return session;
    }

    private static DomainError? Validate(ChargingDraft draft, DateTime now) =>
        Input.FirstError(
            draft.Kwh is > 0 and <= ChargingUseCases.MaxKwh
                ? null
                : new DomainError(ErrorCodes.KwhOutOfRange, 0, ChargingUseCases.MaxKwh),
            Soc(draft.SocBefore),
            Soc(draft.SocAfter),
            draft is { SocBefore: { } before, SocAfter: { } after } && after < before
                ? new DomainError(ErrorCodes.SocAfterBelowBefore)
                : null,
            Enum.IsDefined(draft.Place) ? null : new DomainError(ErrorCodes.ChargingPlaceInvalid),
            LoggedPurchase.ReceiptError(draft.TotalPriceMinor, draft.Currency, draft.ChargedAt, now)
        );

    private static DomainError? Soc(int? percent) =>
        percent is null or (>= 0 and <= 100) ? null : new DomainError(ErrorCodes.SocOutOfRange, 0, 100);
}
