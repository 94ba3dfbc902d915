using CarPass.Domain.Vehicles;
using CarPass.Domain.Visits;

namespace CarPass.Domain.Scoring.Contributors;

public sealed class ConfirmedVisitContributor : IScoreContributor
{
    public string Code => ContributorCodes.ConfirmedVisit;

    public int Weight => 10;

    public bool Attainable => true;

    public bool IsSatisfied(VehicleSnapshot s) => s.Visits.Any(v => v.Status == VisitStatus.Confirmed);
}
