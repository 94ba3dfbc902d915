using CarPass.Domain.Vehicles;

namespace CarPass.Domain.Scoring.Contributors;

public sealed class FuelEntryContributor : IScoreContributor
{
    public string Code => ContributorCodes.FuelEntry;

    public int Weight => 5;

    public bool Attainable => true;

    public bool IsSatisfied(VehicleSnapshot s) => s.FuelEntries.Any(f => !f.IsDeleted);
}
