using CarPass.Domain.Vehicles;

namespace CarPass.Domain.Scoring.Contributors;

public sealed class FuelTypeContributor : IScoreContributor
{
    public string Code => ContributorCodes.FuelType;

    public int Weight => 5;

    public bool Attainable => true;

    public bool IsSatisfied(VehicleSnapshot s) => s.Profile.FuelType is not null;
}
