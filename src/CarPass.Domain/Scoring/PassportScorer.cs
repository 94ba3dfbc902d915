using CarPass.Domain.Maintenance;
using CarPass.Domain.Vehicles;

namespace CarPass.Domain.Scoring;

/// <summary>Every number one vehicle's passport shows, computed together so the bot and the Mini App agree.</summary>
public static class PassportScorer
{
    public static PassportResult Score(
        VehicleSnapshot s,
        DateTime nowUtc,
        IReadOnlyList<IScoreContributor>? contributors = null
    ) =>
        new(
            s.VehicleId,
            CompletenessScorer.Score(s, contributors),
            VerifiedHistoryScorer.Score(s),
            MaintenanceHealthScorer.Score(s, nowUtc),
            nowUtc
        );
}
