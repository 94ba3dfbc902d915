using CarPass.Domain.Vehicles;

namespace CarPass.Domain.Scoring.Contributors;

public sealed class FluidsContributor : IScoreContributor
{
    public string Code => ContributorCodes.Fluids;

    public int Weight => 5;

    public bool Attainable => true;

    public bool IsSatisfied(VehicleSnapshot s) =>
        !string.IsNullOrWhiteSpace(s.Profile.TransmissionFluid)
        && !string.IsNullOrWhiteSpace(s.Profile.CoolantType)
        && !string.IsNullOrWhiteSpace(s.Profile.BrakeFluidType);
}
