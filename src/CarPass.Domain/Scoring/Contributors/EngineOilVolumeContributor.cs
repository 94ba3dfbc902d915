using CarPass.Domain.Vehicles;

namespace CarPass.Domain.Scoring.Contributors;

public sealed class EngineOilVolumeContributor : IScoreContributor
{
    public string Code => ContributorCodes.EngineOilVolume;

    public int Weight => 5;

    public bool Attainable => true;

    public bool IsSatisfied(VehicleSnapshot s) => s.Profile.EngineOilVolumeL > 0;
}
