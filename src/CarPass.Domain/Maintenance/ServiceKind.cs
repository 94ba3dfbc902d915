namespace CarPass.Domain.Maintenance;

/// <summary>What a service record or a maintenance reminder is about.</summary>
public enum ServiceKind
{
    EngineOil,
    OilFilter,
    AirFilter,
    CabinFilter,
    FuelFilter,
    SparkPlugs,
    BrakePads,
    BrakeFluid,
    Coolant,
    TransmissionFluid,
    TimingBelt,
    Tyres,
    Battery,
    Inspection,
    Other,
}
