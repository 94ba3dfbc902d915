using CarPass.Domain.Vehicles;

namespace CarPass.Domain.Scoring.Contributors;

/// <summary>An explicit baseline, or one measured from full-tank fills or, for a car that plugs in, from charging sessions.</summary>
public sealed class ConsumptionBaselineContributor : IScoreContributor
{
    public string Code => ContributorCodes.ConsumptionBaseline;

    public int Weight => 5;

    public bool Attainable => true;

    public bool IsSatisfied(VehicleSnapshot s) =>
        s.Profile.ConsumptionBaselineLPer100Km > 0
        || FuelEconomy.AverageLPer100Km(s.FuelEntries) is not null
        || PowerTrain.Charges(s.Profile.FuelType) && EnergyEconomy.AverageKwhPer100Km(s.ChargingSessions) is not null;
}
