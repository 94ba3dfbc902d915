using CarPass.Domain.Owners;

namespace CarPass.Data.Passports;

public sealed record GarageView(IReadOnlyList<VehicleCard> Vehicles, OwnerLevelResult Level, DateTime ComputedAt);
