using CarPass.Data.Vehicles;

namespace CarPass.Data.Passports;

/// <summary>A vehicle the reader may see, with its passport's read-model version (null before its first recompute).</summary>
internal sealed record VersionedVehicle(Vehicle Vehicle, Guid? Version);
