using CarPass.Domain.Vehicles;

namespace CarPass.Domain.Scoring;

/// <summary>
/// One piece of evidence that raises passport quality. A new evidence source (insurance, resale,
/// OBD) plugs in as one more contributor; its texts go under "missing.{Code}.*".
/// </summary>
public interface IScoreContributor
{
    string Code { get; }

    int Weight { get; }

    /// <summary>False for evidence the owner cannot provide yet (a module not launched).</summary>
    bool Attainable { get; }

    bool IsSatisfied(VehicleSnapshot s);
}
