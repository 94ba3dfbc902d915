using CarPass.Domain.Vehicles;

namespace CarPass.Domain.Scoring.Contributors;

/// <summary>Reserved for the OBD module: shown, weighted, but not attainable until it launches.</summary>
public sealed class ObdContributor : IScoreContributor
{
    public string Code => ContributorCodes.Obd;

    public int Weight => 10;

    public bool Attainable => false;

    public bool IsSatisfied(VehicleSnapshot s) => s.ObdConnected;
}
