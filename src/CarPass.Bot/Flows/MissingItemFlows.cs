using CarPass.Domain.Scoring;

namespace CarPass.Bot.Flows;

/// <summary>
/// Which flow fills each missing passport item, and the detail a "Vehicle details" flow opens at;
/// items no flow can fill (a confirmed visit comes from a service centre) have none.
/// </summary>
public static class MissingItemFlows
{
    private static readonly Dictionary<string, (string Flow, string? Field)> ByCode = new()
    {
        [ContributorCodes.IdentityBaseline] = (FlowNames.Specs, "make"),
        [ContributorCodes.Vin] = (FlowNames.Specs, "vin"),
        [ContributorCodes.Plate] = (FlowNames.Specs, "plate"),
        [ContributorCodes.Odometer] = (FlowNames.Mileage, null),
        [ContributorCodes.FuelType] = (FlowNames.Specs, "fuel"),
        [ContributorCodes.ConsumptionBaseline] = (FlowNames.Specs, "consumption"),
        [ContributorCodes.EngineOilType] = (FlowNames.Specs, "oil_type"),
        [ContributorCodes.EngineOilVolume] = (FlowNames.Specs, "oil_volume"),
        [ContributorCodes.Fluids] = (FlowNames.Specs, null),
        [ContributorCodes.FuelEntry] = (FlowNames.Fuel, null),
        [ContributorCodes.ServiceRecord] = (FlowNames.Service, null),
        [ContributorCodes.InsuranceValid] = (FlowNames.Document, null),
    };

    public static (string Flow, string? Field)? For(string code) =>
        ByCode.TryGetValue(code, out var target) ? target : null;
}
