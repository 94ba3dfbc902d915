using CarPass.Data.Passports;
using CarPass.Data.Scores;
using CarPass.Data.Tests.Support;
using CarPass.Domain.Scoring;
using Microsoft.EntityFrameworkCore;

namespace CarPass.Data.Tests.Passports;

/// <summary>Reads through the read model, and the passport the same records give when scored afresh.</summary>
internal static class ReadModel
{
    public static Task<PassportView?> ReadAsync(TestDatabase db, Guid userId, Guid vehicleId) =>
        db.Get<PassportReader>().VehicleAsync(userId, vehicleId, default);

    public static async Task<PassportResult> ScoredFromTheRecordsAsync(TestDatabase db, Guid vehicleId)
    {
        var now = db.Clock.GetUtcNow().UtcDateTime;
        return PassportScorer.Score((await db.Get<SnapshotReader>().ReadVehicleAsync(vehicleId, now, default))!, now);
    }

    /// <summary>The read equals a fresh scoring of the records, whenever the kept one was computed.</summary>
    public static async Task<PassportView> AssertCurrentAsync(TestDatabase db, Guid userId, Guid vehicleId)
    {
        var view = await ReadAsync(db, userId, vehicleId);
        Assert.NotNull(view);
        var fresh = await ScoredFromTheRecordsAsync(db, vehicleId);
        Assert.Equivalent(
            fresh with
            {
                ComputedAt = default,
            },
            view.Passport with
            {
                ComputedAt = default,
            },
            strict: true
        );
        return view;
    }

    public static Task<Guid?> VersionAsync(TestDatabase db, Guid vehicleId) =>
        db.ScalarAsync(c => c.VehicleScores.Where(s => s.VehicleId == vehicleId).Select(s => s.Version).SingleAsync());
}
