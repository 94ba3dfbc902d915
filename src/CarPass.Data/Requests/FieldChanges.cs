using System.Globalization;
using CarPass.Data.Vehicles;

namespace CarPass.Data.Requests;

/// <summary>Maps a proposed field and value onto the vehicle edit the write path already knows.</summary>
internal static class FieldChanges
{
    public static VehicleChanges For(VehicleField field, string value) =>
        field switch
        {
            VehicleField.Vin => new(Vin: value),
            VehicleField.Plate => new(PlateNumber: value),
            VehicleField.Make => new(Make: value),
            VehicleField.Model => new(Model: value),
            VehicleField.Year => new(
                Year: int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var y) ? y : -1
            ),
            VehicleField.EngineOilType => new(EngineOilType: value),
            VehicleField.EngineOilVolume => new(
                EngineOilVolumeL: double.TryParse(value, CultureInfo.InvariantCulture, out var l) ? l : double.NaN
            ),
            VehicleField.TransmissionFluid => new(TransmissionFluid: value),
            VehicleField.CoolantType => new(CoolantType: value),
            VehicleField.BrakeFluidType => new(BrakeFluidType: value),
            _ => new(),
        };

    public static string? Current(Vehicle v, VehicleField field) =>
        field switch
        {
            VehicleField.Vin => v.Vin,
            VehicleField.Plate => v.PlateNumber,
            VehicleField.Odometer => v.CurrentOdometerKm?.ToString(CultureInfo.InvariantCulture),
            VehicleField.Make => v.Make,
            VehicleField.Model => v.Model,
            VehicleField.Year => v.Year?.ToString(CultureInfo.InvariantCulture),
            VehicleField.EngineOilType => v.EngineOilType,
            VehicleField.EngineOilVolume => v.EngineOilVolumeL?.ToString(CultureInfo.InvariantCulture),
            VehicleField.TransmissionFluid => v.TransmissionFluid,
            VehicleField.CoolantType => v.CoolantType,
            VehicleField.BrakeFluidType => v.BrakeFluidType,
            _ => null,
        };
}
