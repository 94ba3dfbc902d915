using CarPass.Domain.Vehicles;

namespace CarPass.Domain.Scoring.Contributors;

/// <summary>Only a valid VIN identifies the vehicle; a malformed one earns nothing.</summary>
public sealed class VinContributor : IScoreContributor
{
    public string Code => ContributorCodes.Vin;

    public int Weight => 15;

    public bool Attainable => true;

    public bool IsSatisfied(VehicleSnapshot s) => Vin.Validate(s.Profile.Vin).IsSuccess;
}
