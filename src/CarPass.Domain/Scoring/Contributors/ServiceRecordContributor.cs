using CarPass.Domain.Vehicles;
using CarPass.Domain.Visits;

namespace CarPass.Domain.Scoring.Contributors;

/// <summary>
/// Any service history at all. A visit still awaiting confirmation, or disputed, counts here: it is a
/// record of work, even though it earns no verified-history credit.
/// </summary>
public sealed class ServiceRecordContributor : IScoreContributor
{
    public string Code => ContributorCodes.ServiceRecord;

    public int Weight => 5;

    public bool Attainable => true;

    public bool IsSatisfied(VehicleSnapshot s) =>
        s.ServiceEntries.Any(e => !e.IsDeleted)
        || s.Visits.Any(v =>
            v.Status is VisitStatus.PendingConfirmation or VisitStatus.Confirmed or VisitStatus.Disputed
        );
}
