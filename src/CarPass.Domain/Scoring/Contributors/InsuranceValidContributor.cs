using CarPass.Domain.Vehicles;

namespace CarPass.Domain.Scoring.Contributors;

/// <summary>
/// A lapsed compulsory policy (OSAGO) shows in "what to improve" once the owner has recorded one.
/// Weight 0: it changes no score (the spec's weights stay as they are); it is a warning, not evidence.
/// </summary>
public sealed class InsuranceValidContributor : IScoreContributor
{
    public string Code => ContributorCodes.InsuranceValid;

    public int Weight => 0;

    public bool Attainable => true;

    public bool IsSatisfied(VehicleSnapshot s) => !s.InsuranceLapsed;
}
