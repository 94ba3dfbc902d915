using CarPass.Domain.Scoring.Contributors;
using CarPass.Domain.Vehicles;

namespace CarPass.Domain.Scoring;

/// <summary>Vehicle profile completion (spec section 6): the sum of satisfied contributor weights, capped at 100.</summary>
public static class CompletenessScorer
{
    public const int MaxScore = 100;

    public static IReadOnlyList<IScoreContributor> DefaultContributors { get; } =
    [
        new OwnerAccessContributor(),
        new IdentityBaselineContributor(),
        new VinContributor(),
        new PlateContributor(),
        new OdometerContributor(),
        new FuelTypeContributor(),
        new ConsumptionBaselineContributor(),
        new EngineOilTypeContributor(),
        new EngineOilVolumeContributor(),
        new FluidsContributor(),
        new FuelEntryContributor(),
        new ServiceRecordContributor(),
        new ConfirmedVisitContributor(),
        new ObdContributor(),
        new InsuranceValidContributor(),
    ];

    public static CompletenessResult Score(VehicleSnapshot s, IReadOnlyList<IScoreContributor>? contributors = null)
    {
        var evaluated = (contributors ?? DefaultContributors)
            .Select(c => (Contributor: c, Satisfied: c.IsSatisfied(s)))
            .ToList();
        var score = Math.Min(MaxScore, evaluated.Where(e => e.Satisfied).Sum(e => e.Contributor.Weight));
        // OrderBy is stable, so equal weights keep the contributor list order.
        var missing = evaluated
            .Where(e => !e.Satisfied)
            .Select(e => e.Contributor)
            .OrderByDescending(c => c.Attainable)
            .ThenByDescending(c => c.Weight)
            .Select(c => new MissingItem(c.Code, c.Weight, c.Attainable))
            .ToList();
        return new CompletenessResult(score, ProfileQualityBands.For(score), missing);
    }
}
