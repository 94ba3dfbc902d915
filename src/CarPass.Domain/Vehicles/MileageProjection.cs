namespace CarPass.Domain.Vehicles;

/// <summary>Today's mileage estimate as a line: from the highest trusted reading to the estimate, at the measured pace.</summary>
public sealed record MileageProjection(DateTime FromAt, int FromKm, DateTime ToAt, int ToKm, double KmPerDay);
