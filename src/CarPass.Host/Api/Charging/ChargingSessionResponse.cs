using CarPass.Data.Charging;
using CarPass.Domain.Vehicles;

namespace CarPass.Host.Api.Charging;

public sealed record ChargingSessionResponse(
    Guid Id,
    DateTime ChargedAt,
    double Kwh,
    ChargingPlace Place,
    long? PriceMinor,
    string? Currency,
    int? SocBefore,
    int? SocAfter,
    int? OdometerKm
)
{
    public static ChargingSessionResponse Of(ChargingSession s) =>
        new(s.Id, s.ChargedAt, s.Kwh, s.Place, s.TotalPriceMinor, s.Currency, s.SocBefore, s.SocAfter, s.OdometerKm);
}
