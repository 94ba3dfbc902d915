namespace CarPass.Domain.Scoring;

/// <summary>Codes of the default completeness contributors (spec section 6).</summary>
public static class ContributorCodes
{
    public const string OwnerAccess = "owner_access";
    public const string IdentityBaseline = "identity_baseline";
    public const string Vin = "vin";
    public const string Plate = "plate";
    public const string Odometer = "odometer";
    public const string FuelType = "fuel_type";
    public const string ConsumptionBaseline = "consumption_baseline";
    public const string EngineOilType = "engine_oil_type";
    public const string EngineOilVolume = "engine_oil_volume";
    public const string Fluids = "fluids";
    public const string FuelEntry = "fuel_entry";
    public const string ServiceRecord = "service_record";
    public const string ConfirmedVisit = "confirmed_visit";
    public const string Obd = "obd";
    public const string InsuranceValid = "insurance_valid";
}
