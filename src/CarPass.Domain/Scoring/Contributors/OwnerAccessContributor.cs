using CarPass.Domain.Vehicles;

namespace CarPass.Domain.Scoring.Contributors;

public sealed class OwnerAccessContributor : IScoreContributor
{
    public string Code => ContributorCodes.OwnerAccess;

    public int Weight => 5;

    public bool Attainable => true;

    public bool IsSatisfied(VehicleSnapshot s) => s.HasOwner;
}
