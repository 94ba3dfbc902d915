using CarPass.Domain.Vehicles;

namespace CarPass.Domain.Scoring.Contributors;

public sealed class OdometerContributor : IScoreContributor
{
    public string Code => ContributorCodes.Odometer;

    public int Weight => 10;

    public bool Attainable => true;

    public bool IsSatisfied(VehicleSnapshot s) => OdometerRules.CurrentKm(s.OdometerReadings) is not null;
}
