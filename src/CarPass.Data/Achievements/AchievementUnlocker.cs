using CarPass.Data.Persistence;
using CarPass.Data.ServiceCenters;
using CarPass.Data.WritePath;
using CarPass.Domain.Achievements;
using CarPass.Domain.Owners;
using CarPass.Domain.Scoring;
using CarPass.Domain.ServiceCenters;
using CarPass.Domain.Vehicles;
using Microsoft.EntityFrameworkCore;

namespace CarPass.Data.Achievements;

/// <summary>
/// Turns the evaluator's earned codes into unlock rows, once per scope: once per vehicle (even
/// across an ownership change), once per user, once per centre.
/// </summary>
public sealed class AchievementUnlocker(ActiveBadges badges)
{
    // Every write that recomputes a passport asks these: compiled once.
    private static readonly CompiledPerModel<
        Func<CarPassDbContext, Guid[], IAsyncEnumerable<HeldBadge>>
    > HeldByVehicles = new(() =>
        EF.CompileAsyncQuery(
            (CarPassDbContext db, Guid[] ids) =>
                db
                    .UserAchievements.Where(u => ids.Contains(u.VehicleId))
                    .Select(u => new HeldBadge(u.AchievementId, u.VehicleId))
        )
    );

    private static readonly CompiledPerModel<Func<CarPassDbContext, Guid[], IAsyncEnumerable<HeldBadge>>> HeldByUsers =
        new(() =>
            EF.CompileAsyncQuery(
                (CarPassDbContext db, Guid[] ids) =>
                    db
                        .UserAchievements.Where(u => ids.Contains(u.UserId))
                        .Select(u => new HeldBadge(u.AchievementId, u.UserId))
            )
        );

    private static readonly CompiledPerModel<
        Func<CarPassDbContext, Guid[], IAsyncEnumerable<HeldBadge>>
    > HeldByCenters = new(() =>
        EF.CompileAsyncQuery(
            (CarPassDbContext db, Guid[] ids) =>
                db
                    .UserAchievements.Where(u => ids.Contains(u.ServiceCenterId))
                    .Select(u => new HeldBadge(u.AchievementId, u.ServiceCenterId))
        )
    );

    /// <summary>The vehicle badges already held by these vehicles, as (achievement, vehicle) pairs.</summary>
    public Task<HashSet<(Guid AchievementId, Guid VehicleId)>> VehicleUnlocksAsync(
        WriteScope scope,
        IEnumerable<Guid> vehicleIds,
        CancellationToken ct
    ) => HeldAsync(HeldByVehicles.For(scope.Db)(scope.Db, [.. vehicleIds]), ct);

    /// <summary>The badges already held by these users, as (achievement, user) pairs.</summary>
    public Task<HashSet<(Guid AchievementId, Guid UserId)>> UserUnlocksAsync(
        WriteScope scope,
        IEnumerable<Guid> userIds,
        CancellationToken ct
    ) => HeldAsync(HeldByUsers.For(scope.Db)(scope.Db, [.. userIds]), ct);

    /// <summary>The centre badges already held by these centres, as (achievement, centre) pairs.</summary>
    public Task<HashSet<(Guid AchievementId, Guid CenterId)>> CenterUnlocksAsync(
        WriteScope scope,
        IEnumerable<Guid> centerIds,
        CancellationToken ct
    ) => HeldAsync(HeldByCenters.For(scope.Db)(scope.Db, [.. centerIds]), ct);

    private static async Task<HashSet<(Guid, Guid)>> HeldAsync(
        IAsyncEnumerable<HeldBadge> held,
        CancellationToken ct
    ) => (await held.ToListAsync(ct)).Select(h => (h.AchievementId, h.Holder)).ToHashSet();

    /// <param name="unlocked">What the vehicles of this batch already hold (<see cref="VehicleUnlocksAsync"/>); grows with each unlock.</param>
    public async Task UnlockForVehicleAsync(
        WriteScope scope,
        Guid ownerId,
        VehicleSnapshot snapshot,
        PassportResult passport,
        HashSet<(Guid AchievementId, Guid VehicleId)> unlocked,
        CancellationToken ct
    )
    {
        var catalogue = await CatalogueAsync(scope, ct);
        var earned = AchievementEvaluator.ForVehicle(catalogue.Select(c => c.Definition), snapshot, passport);
        foreach (var row in Matching(catalogue, earned))
        {
            if (unlocked.Add((row.Id, snapshot.VehicleId)))
                Unlock(scope, row, ownerId, snapshot.VehicleId, Guid.Empty);
        }
    }

    /// <param name="unlocked">What the users of this batch already hold (<see cref="UserUnlocksAsync"/>); grows with each unlock.</param>
    public async Task UnlockForUserAsync(
        WriteScope scope,
        Guid userId,
        OwnerLevelResult level,
        HashSet<(Guid AchievementId, Guid UserId)> unlocked,
        CancellationToken ct
    )
    {
        var catalogue = await CatalogueAsync(scope, ct);
        foreach (
            var row in Matching(catalogue, AchievementEvaluator.ForUser(catalogue.Select(c => c.Definition), level))
        )
        {
            if (unlocked.Add((row.Id, userId)))
                Unlock(scope, row, userId, Guid.Empty, Guid.Empty);
        }
    }

    /// <param name="unlocked">What the centres of this batch already hold (<see cref="CenterUnlocksAsync"/>); grows with each unlock.</param>
    public async Task UnlockForServiceCenterAsync(
        WriteScope scope,
        ServiceCenterSnapshot center,
        TrustResult trust,
        HashSet<(Guid AchievementId, Guid CenterId)> unlocked,
        CancellationToken ct
    )
    {
        var catalogue = await CatalogueAsync(scope, ct);
        var earned = AchievementEvaluator.ForServiceCenter(catalogue.Select(c => c.Definition), center, trust);
        foreach (var row in Matching(catalogue, earned))
        {
            var centerId = center.ServiceCenterId;
            if (unlocked.Contains((row.Id, centerId)))
                continue;
            var manager = await scope
                .Db.Employees.Where(e => e.ServiceCenterId == centerId && e.Role == EmployeeRole.Manager)
                .OrderBy(e => e.CreatedAt)
                .Select(e => (Guid?)e.UserId)
                .FirstOrDefaultAsync(ct);
            if (manager is { } holder && unlocked.Add((row.Id, centerId)))
                Unlock(scope, row, holder, Guid.Empty, centerId);
        }
    }

    private static IEnumerable<Achievement> Matching(
        IReadOnlyList<ActiveBadge> catalogue,
        IReadOnlyList<string> earnedCodes
    ) => catalogue.Where(c => earnedCodes.Contains(c.Row.Code)).Select(c => c.Row);

    private static void Unlock(WriteScope scope, Achievement row, Guid userId, Guid vehicleId, Guid centerId)
    {
        var unlock = new UserAchievement
        {
            UserId = userId,
            AchievementId = row.Id,
            VehicleId = vehicleId,
            ServiceCenterId = centerId,
            UnlockedAt = scope.Now,
        };
        scope.Db.UserAchievements.Add(unlock);
        scope.Record(
            "achievement.unlocked",
            nameof(UserAchievement),
            unlock.Id,
            vehicleId == Guid.Empty ? null : vehicleId,
            centerId == Guid.Empty ? null : centerId,
            new { code = row.Code, user_id = userId }
        );
    }

    private Task<IReadOnlyList<ActiveBadge>> CatalogueAsync(WriteScope scope, CancellationToken ct) =>
        badges.ListAsync(scope.Db, ct);

    /// <summary>A badge and who holds it (a vehicle, a user or a centre).</summary>
    private readonly record struct HeldBadge(Guid AchievementId, Guid Holder);
}
