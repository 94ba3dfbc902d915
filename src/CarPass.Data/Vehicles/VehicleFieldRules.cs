using CarPass.Data.WritePath;
using CarPass.Domain.Common;
using CarPass.Domain.Vehicles;

namespace CarPass.Data.Vehicles;

/// <summary>Checks and applies the editable fields of a vehicle; the first problem found is returned.</summary>
internal static class VehicleFieldRules
{
    public static DomainError? Apply(Vehicle vehicle, VehicleChanges c, DateTime nowUtc)
    {
        var error = Input.FirstError(
            Input.TooLong(Input.Clean(c.Name), Input.ShortText),
            Input.TooLong(Input.Clean(c.Make), Input.ShortText),
            Input.TooLong(Input.Clean(c.Model), Input.ShortText),
            Input.TooLong(Input.Clean(c.EngineOilType), Input.ShortText),
            Input.TooLong(Input.Clean(c.TransmissionFluid), Input.ShortText),
            Input.TooLong(Input.Clean(c.CoolantType), Input.ShortText),
            Input.TooLong(Input.Clean(c.BrakeFluidType), Input.ShortText),
            c.Year is { } y && (y < VehicleLimits.FirstCarYear || y > VehicleLimits.LastYear(nowUtc))
                ? new DomainError(ErrorCodes.YearOutOfRange, VehicleLimits.FirstCarYear, VehicleLimits.LastYear(nowUtc))
                : null,
            Input.OutOfRange(c.EngineOilVolumeL, 0.5, 30, ErrorCodes.OilVolumeOutOfRange),
            Input.OutOfRange(c.ConsumptionBaselineLPer100Km, 1, 60, ErrorCodes.ConsumptionOutOfRange)
        );
        if (error is not null)
            return error;

        string? vin = null;
        if (Input.Clean(c.Vin) is { } rawVin)
        {
            var parsed = Vin.Validate(rawVin);
            if (!parsed.IsSuccess)
                return parsed.Error;
            vin = parsed.Value;
        }
        PlateNumber? plate = null;
        if (Input.Clean(c.PlateNumber) is { } rawPlate)
        {
            var parsed = Plate.Validate(rawPlate, Input.Clean(c.PlateCountry) ?? vehicle.PlateCountry);
            if (!parsed.IsSuccess)
                return parsed.Error;
            plate = parsed.Value;
        }

        vehicle.Name = Input.Clean(c.Name) ?? vehicle.Name;
        vehicle.Make = Input.Clean(c.Make) ?? vehicle.Make;
        vehicle.Model = Input.Clean(c.Model) ?? vehicle.Model;
        vehicle.Year = c.Year ?? vehicle.Year;
        vehicle.Vin = vin ?? vehicle.Vin;
        if (plate is not null)
            (vehicle.PlateNumber, vehicle.PlateCountry) = (plate.Value, plate.Country);
        vehicle.FuelType = c.FuelType ?? vehicle.FuelType;
        vehicle.ConsumptionBaselineLPer100Km = c.ConsumptionBaselineLPer100Km ?? vehicle.ConsumptionBaselineLPer100Km;
        vehicle.EngineOilType = Input.Clean(c.EngineOilType) ?? vehicle.EngineOilType;
        vehicle.EngineOilVolumeL = c.EngineOilVolumeL ?? vehicle.EngineOilVolumeL;
        vehicle.TransmissionFluid = Input.Clean(c.TransmissionFluid) ?? vehicle.TransmissionFluid;
        vehicle.CoolantType = Input.Clean(c.CoolantType) ?? vehicle.CoolantType;
        vehicle.BrakeFluidType = Input.Clean(c.BrakeFluidType) ?? vehicle.BrakeFluidType;
        if (string.IsNullOrWhiteSpace(vehicle.Name))
            vehicle.Name = DefaultName(vehicle);
        return null;
    }

    private static string DefaultName(Vehicle v)
    {
        var name = string.Join(' ', new[] { v.Make, v.Model }.Where(s => !string.IsNullOrEmpty(s)));
        return name.Length == 0 ? "" : name[..Math.Min(name.Length, Input.ShortText)];
    }
}
