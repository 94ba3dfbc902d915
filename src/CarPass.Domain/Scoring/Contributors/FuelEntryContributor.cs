using CarPass.Domain.Vehicles;

namespace CarPass.Domain.Scoring.Contributors;

/// <summary>A fuel record, or for a car that plugs in a charging session (an electric car has no fuel to log).</summary>
public sealed class FuelEntryContributor : IScoreContributor
{
    public string Code => ContributorCodes.FuelEntry;

    public int Weight => 5;

    public bool Attainable => true;

    public bool IsSatisfied(VehicleSnapshot s) =>
        s.FuelEntries.Any(f => !f.IsDeleted)
        || PowerTrain.Charges(s.Profile.FuelType) && s.ChargingSessions.Any(c => !c.IsDeleted);
}
