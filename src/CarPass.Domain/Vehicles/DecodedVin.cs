namespace CarPass.Domain.Vehicles;

/// <summary>
/// What a VIN says about its car without asking anyone: the maker and the country its WMI
/// (positions 1–3) was assigned in, and the model year its position 10 stands for.
/// </summary>
/// <param name="Wmi">Positions 1–3.</param>
/// <param name="Maker">Null when the WMI is not in the table, or names a small maker (third character 9).</param>
/// <param name="Country">ISO 3166-1 alpha-2, or null with <paramref name="Maker"/>.</param>
/// <param name="ModelYears">The two years the position-10 code stands for (30 years apart); empty when it stands for none.</param>
/// <param name="ModelYear">The candidate that fits the stated year, else the most recent not in the future.</param>
public sealed record DecodedVin(
    string Vin,
    string Wmi,
    string? Maker,
    string? Country,
    IReadOnlyList<int> ModelYears,
    int? ModelYear
);
