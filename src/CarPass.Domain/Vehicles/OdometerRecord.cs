namespace CarPass.Domain.Vehicles;

public sealed record OdometerRecord(int ValueKm, DateTime RecordedAt, OdometerSource Source, bool IsTrusted);
