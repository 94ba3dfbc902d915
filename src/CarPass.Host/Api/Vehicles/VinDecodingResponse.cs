using CarPass.Domain.Vehicles;

namespace CarPass.Host.Api.Vehicles;

/// <summary>
/// What the passport's VIN says, decoded offline: the WMI (positions 1–3) with its maker and
/// ISO 3166-1 country when the table knows it, and the model year (position 10) — both candidates
/// and the one that fits the passport's year.
/// </summary>
public sealed record VinDecodingResponse(
    string Wmi,
    string? Maker,
    string? Country,
    IReadOnlyList<int> ModelYears,
    int? ModelYear
)
{
    public static VinDecodingResponse? Of(string? vin, int? statedYear, DateTime nowUtc) =>
        vin is { Length: Vin.Length } && VinDecoding.Decode(vin, statedYear, nowUtc) is var d
            ? new(d.Wmi, d.Maker, d.Country, d.ModelYears, d.ModelYear)
            : null;
}
