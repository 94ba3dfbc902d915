using CarPass.Data.Odometer;
using CarPass.Data.Vehicles;
using CarPass.Domain.Common;
using CarPass.Domain.Vehicles;

namespace CarPass.Data.WritePath;

/// <summary>What a fill and a charging session share: the receipt's checks and the odometer read at the pump or the plug.</summary>
internal static class LoggedPurchase
{
    public const long MaxPriceMinor = 100_000_000;

    public static DomainError? ReceiptError(long? priceMinor, string? currency, DateTime? at, DateTime nowUtc) =>
        Input.FirstError(
            priceMinor is null or (>= 0 and <= MaxPriceMinor) ? null : new DomainError(ErrorCodes.PriceOutOfRange),
            Input.TooLong(Input.Clean(currency), 3),
            Input.Date(at, nowUtc)
        );

    public static string? Currency(string? currency) => Input.Clean(currency)?.ToUpperInvariant();

    /// <summary>The reading goes into the odometer history through the same plausibility rules as a typed one.</summary>
    public static async Task<DomainError?> OdometerAsync(
        WriteScope scope,
        Vehicle vehicle,
        int? km,
        DateTime at,
        bool keepUnusual,
        CancellationToken token
    )
    {
        if (km is not { } value)
            return null;
        var reading = await OdometerWriter.AddAsync(
            scope,
            vehicle,
            value,
            at,
            OdometerSource.Owner,
            keepUnusual,
            token
        );
        return reading.IsSuccess ? null : reading.Error;
    }
}
