namespace CarPass.Data.Requests;

public enum VehicleField
{
    Vin,
    Plate,
    Odometer,
    Make,
    Model,
    Year,
    EngineOilType,
    EngineOilVolume,
    TransmissionFluid,
    CoolantType,
    BrakeFluidType,
}
