using CarPass.Domain.Vehicles;

namespace CarPass.Domain.Scoring.Contributors;

public sealed class PlateContributor : IScoreContributor
{
    public string Code => ContributorCodes.Plate;

    public int Weight => 10;

    public bool Attainable => true;

    public bool IsSatisfied(VehicleSnapshot s) =>
        !string.IsNullOrWhiteSpace(s.Profile.PlateNumber) && !string.IsNullOrWhiteSpace(s.Profile.PlateCountry);
}
