namespace CarPass.Domain.Vehicles;

/// <summary>A maker's VIN prefix (positions 1–3) and the country it was assigned in (ISO 3166-1 alpha-2).</summary>
public sealed record WorldManufacturer(string Code, string Maker, string Country);
