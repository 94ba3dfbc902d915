using CarPass.Domain.Scoring;
using CarPass.Domain.Vehicles;

namespace CarPass.Domain.Tests.TestData;

/// <summary>Stands in for a future evidence source (insurance, resale) plugged into the completeness scorer.</summary>
public sealed class DelegateContributor(
    string code,
    int weight,
    Func<VehicleSnapshot, bool> isSatisfied,
    bool attainable = true
) : IScoreContributor
{
    public string Code => code;

    public int Weight => weight;

    public bool Attainable => attainable;

    public bool IsSatisfied(VehicleSnapshot s) => isSatisfied(s);
}
