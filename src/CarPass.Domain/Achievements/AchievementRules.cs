using CarPass.Domain.Maintenance;
using CarPass.Domain.Owners;
using CarPass.Domain.Scoring;
using CarPass.Domain.ServiceCenters;
using CarPass.Domain.Vehicles;

namespace CarPass.Domain.Achievements;

/// <summary>
/// Criteria key → predicate, one table per scope. Rules read the scorers' results, which already
/// leave out deleted, disputed and unconfirmed records (spec section 9).
/// </summary>
public static class AchievementRules
{
    public static IReadOnlyDictionary<string, Func<VehicleSnapshot, PassportResult, bool>> Vehicle { get; } =
        new Dictionary<string, Func<VehicleSnapshot, PassportResult, bool>>
        {
            [AchievementCriteria.CompletenessFull] = (_, p) => p.Completeness.Score >= CompletenessScorer.MaxScore,
            [AchievementCriteria.TrustedVisit] = (_, p) => p.History.TrustedRecords >= 1,
            [AchievementCriteria.HistoryVerified] = (_, p) => p.History.Status == VerifiedHistoryStatus.Verified,
            [AchievementCriteria.VinPresent] = (s, _) => Vin.Validate(s.Profile.Vin).IsSuccess,
            [AchievementCriteria.FuelLogged] = (s, _) => s.FuelEntries.Any(f => !f.IsDeleted),
            // The one baseline rule (MaintenanceBaseline), as the health widget and Complete Garage read it.
            [AchievementCriteria.MaintenanceBaseline] = (_, p) => !p.Maintenance.BaselineIncomplete,
        };

    public static IReadOnlyDictionary<string, Func<OwnerLevelResult, bool>> User { get; } =
        new Dictionary<string, Func<OwnerLevelResult, bool>>
        {
            [AchievementCriteria.GarageComplete] = o => o.CompleteGarage,
        };

    public static IReadOnlyDictionary<string, Func<ServiceCenterSnapshot, TrustResult, bool>> ServiceCenter { get; } =
        new Dictionary<string, Func<ServiceCenterSnapshot, TrustResult, bool>>
        {
            [AchievementCriteria.CenterVerified] = (c, _) => c.Verification == VerificationStatus.Verified,
        };
}
