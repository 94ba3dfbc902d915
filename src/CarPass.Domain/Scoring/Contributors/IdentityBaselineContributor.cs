using CarPass.Domain.Vehicles;

namespace CarPass.Domain.Scoring.Contributors;

public sealed class IdentityBaselineContributor : IScoreContributor
{
    public string Code => ContributorCodes.IdentityBaseline;

    public int Weight => 15;

    public bool Attainable => true;

    public bool IsSatisfied(VehicleSnapshot s) =>
        !string.IsNullOrWhiteSpace(s.Profile.Make)
        && !string.IsNullOrWhiteSpace(s.Profile.Model)
        && s.Profile.Year is not null;
}
