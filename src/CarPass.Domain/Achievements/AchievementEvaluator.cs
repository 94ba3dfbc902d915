using CarPass.Domain.Owners;
using CarPass.Domain.Scoring;
using CarPass.Domain.ServiceCenters;
using CarPass.Domain.Vehicles;

namespace CarPass.Domain.Achievements;

/// <summary>
/// Which catalogue codes are earned now. Only active definitions of the matching scope count, and a
/// criteria key this version does not know is skipped rather than guessed at.
/// </summary>
public static class AchievementEvaluator
{
    public static IReadOnlyList<string> ForVehicle(
        IEnumerable<AchievementDefinition> catalogue,
        VehicleSnapshot s,
        PassportResult p
    ) => Earned(catalogue, AchievementScope.Vehicle, AchievementRules.Vehicle, rule => rule(s, p));

    public static IReadOnlyList<string> ForUser(IEnumerable<AchievementDefinition> catalogue, OwnerLevelResult o) =>
        Earned(catalogue, AchievementScope.User, AchievementRules.User, rule => rule(o));

    public static IReadOnlyList<string> ForServiceCenter(
        IEnumerable<AchievementDefinition> catalogue,
        ServiceCenterSnapshot c,
        TrustResult t
    ) => Earned(catalogue, AchievementScope.ServiceCenter, AchievementRules.ServiceCenter, rule => rule(c, t));

    private static IReadOnlyList<string> Earned<TRule>(
        IEnumerable<AchievementDefinition> catalogue,
        AchievementScope scope,
        IReadOnlyDictionary<string, TRule> rules,
        Func<TRule, bool> holds
    ) =>
        catalogue
            .Where(d => d.IsActive && d.Scope == scope)
            .Where(d => rules.TryGetValue(d.Criteria, out var rule) && holds(rule))
            .Select(d => d.Code)
            .Distinct()
            .ToList();
}
