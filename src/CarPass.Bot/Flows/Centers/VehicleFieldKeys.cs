using CarPass.Data.Requests;

namespace CarPass.Bot.Flows.Centers;

/// <summary>
/// The vehicle details staff may propose a change to, each with the name its texts go by
/// ("bot.spec.field.{name}", "bot.spec.hint.{name}").
/// </summary>
public static class VehicleFieldKeys
{
    public static readonly IReadOnlyDictionary<VehicleField, string> Of = new Dictionary<VehicleField, string>
    {
        [VehicleField.Vin] = "vin",
        [VehicleField.Plate] = "plate",
        [VehicleField.Odometer] = "odometer",
        [VehicleField.Make] = "make",
        [VehicleField.Model] = "model",
        [VehicleField.Year] = "year",
        [VehicleField.EngineOilType] = "oil_type",
        [VehicleField.EngineOilVolume] = "oil_volume",
        [VehicleField.TransmissionFluid] = "transmission",
        [VehicleField.CoolantType] = "coolant",
        [VehicleField.BrakeFluidType] = "brake",
    };
}
