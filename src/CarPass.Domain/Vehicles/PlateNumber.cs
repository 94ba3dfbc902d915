namespace CarPass.Domain.Vehicles;

/// <summary>A normalised licence plate and its ISO 3166-1 alpha-2 country.</summary>
public sealed record PlateNumber(string Value, string Country);
