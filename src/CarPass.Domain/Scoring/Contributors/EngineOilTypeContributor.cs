using CarPass.Domain.Vehicles;

namespace CarPass.Domain.Scoring.Contributors;

public sealed class EngineOilTypeContributor : IScoreContributor
{
    public string Code => ContributorCodes.EngineOilType;

    public int Weight => 5;

    public bool Attainable => true;

    public bool IsSatisfied(VehicleSnapshot s) => !string.IsNullOrWhiteSpace(s.Profile.EngineOilType);
}
