using CarPass.Data.Access;
using CarPass.Data.Achievements;
using CarPass.Data.Fuel;
using CarPass.Data.Odometer;
using CarPass.Data.Passports;
using CarPass.Data.Persistence;
using CarPass.Data.Reminders;
using CarPass.Data.Scores;
using CarPass.Data.ServiceCenters;
using CarPass.Data.Tests.Support;
using CarPass.Data.Vehicles;
using CarPass.Data.Visits;
using CarPass.Data.WritePath;
using CarPass.Domain.Maintenance;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CarPass.Data.Tests.Scores;

/// <summary>
/// A recompute reads vehicles and owners in batches and commits batch by batch. Whatever the batch
/// size — one vehicle, as a write does, or a few, with garages split across batches and
/// transactions — the stored scores and badges are the same.
/// </summary>
public sealed class BatchedRecomputeTests : IAsyncLifetime
{
    private TestDatabase _db = null!;

    public async Task InitializeAsync() => _db = await TestDatabase.CreateAsync();

    public async Task DisposeAsync() => await _db.DisposeAsync();

    [Fact]
    public async Task Recomputing_in_batches_stores_the_same_scores_and_badges_as_one_vehicle_at_a_time()
    {
        var vehicles = await VariedGarageAsync();

        await ForgetScoresAsync();
        foreach (var id in vehicles)
            await RecomputeAsync(new RecomputeTargets([id], [], [], All: false), batchSize: 1);
        var centres = await _db.ScalarAsync(c => c.ServiceCenters.Select(s => s.Id).ToListAsync());
        await RecomputeAsync(new RecomputeTargets([], centres, [], All: false), batchSize: 1);
        var oneAtATime = await StoredAsync();

        await ForgetScoresAsync();
        await RecomputeAsync(new RecomputeTargets([], [], [], All: true), batchSize: 2);
        var batched = await StoredAsync();

        Assert.Equal(vehicles.Count, oneAtATime.Scores.Count);
        Assert.Contains(oneAtATime.Badges, b => b.VehicleId == Guid.Empty);
        Assert.Contains(oneAtATime.Badges, b => b.VehicleId != Guid.Empty);
        Assert.Equal(oneAtATime.Scores, batched.Scores);
        Assert.Equal(oneAtATime.Badges, batched.Badges);
    }

    [Fact]
    public async Task A_recompute_that_changes_nothing_still_marks_every_score_as_computed_now()
    {
        var vehicles = await VariedGarageAsync();
        await RecomputeAsync(new RecomputeTargets([], [], [], All: true), batchSize: 2);
        var before = await StoredAsync();
        _db.Clock.Advance(TimeSpan.FromMinutes(5));

        await RecomputeAsync(new RecomputeTargets([], [], [], All: true), batchSize: 2);

        var computedAt = await _db.ScalarAsync(c =>
            (
                from s in c.VehicleScores
                join v in c.Vehicles on s.VehicleId equals v.Id
                where v.State == VehicleState.Active
                select s.ComputedAt
            )
                .Distinct()
                .ToListAsync()
        );
        Assert.Equal([_db.Clock.GetUtcNow().UtcDateTime], computedAt);
        var after = await StoredAsync();
        Assert.True(before.Scores.Count >= vehicles.Count);
        Assert.Equal(before.Scores, after.Scores);
        Assert.Equal(before.Badges, after.Badges);
    }

    [Fact]
    public async Task A_batched_read_leaves_out_vehicles_that_do_not_exist()
    {
        var (_, car) = await Garage.OwnerWithCarAsync(_db);
        var missing = Guid.NewGuid();

        var snapshots = await _db.Get<SnapshotReader>()
            .ReadVehiclesAsync([car.Id, missing], TestDatabase.Start, default);

        Assert.Equal([car.Id], snapshots.Keys);
        Assert.True(snapshots[car.Id].HasOwner);
        Assert.Single(snapshots[car.Id].OdometerReadings);
    }

    /// <summary>
    /// Owners with one, two and three cars (one archived), fill-ups, reminders, confirmed visits at a
    /// verified centre; returns the active cars.
    /// </summary>
    private async Task<List<Guid>> VariedGarageAsync()
    {
        var (center, employee) = await Garage.VerifiedCenterAsync(_db);
        var cars = new List<Guid>();
        for (var person = 0; person < 3; person++)
        {
            var owner = await _db.UserAsync(3000 + person);
            for (var n = 0; n <= person; n++)
            {
                var draft = new VehicleDraft($"Car {person}-{n}", "Lada", "Vesta", 2019, OdometerKm: 10_000 * (n + 1));
                var car = (await _db.Get<VehicleUseCases>().AddAsync(owner.Id, draft, default)).Ok();
                cars.Add(car.Id);
                await HistoryAsync(owner.Id, car.Id, n, center.Id, employee.Id);
            }
            if (person == 2)
            {
                (await _db.Get<VehicleUseCases>().ArchiveAsync(owner.Id, cars[^1], default)).Ok();
                cars.RemoveAt(cars.Count - 1); // "all" means all active vehicles
            }
        }
        return cars;
    }

    private async Task HistoryAsync(Guid owner, Guid car, int n, Guid center, Guid employee)
    {
        (await _db.Get<OdometerUseCases>().LogAsync(owner, car, 10_000 * (n + 1) + 500, false, default)).Ok();
        (
            await _db.Get<FuelUseCases>()
                .LogAsync(owner, car, new FuelDraft(40, OdometerKm: 10_000 * (n + 1) + 600), default)
        ).Ok();
        var reminder = new ReminderDraft(ServiceKind.EngineOil, 15_000, 12, TestDatabase.Start.AddMonths(-n * 6));
        (await _db.Get<ReminderUseCases>().SetAsync(owner, car, reminder, default)).Ok();
        if (n == 0)
            return;
        (await _db.Get<ServiceCenterUseCases>().GrantAccessAsync(owner, car, center, 7, default)).Ok();
        var visitDraft = new VisitDraft(
            TestDatabase.Start,
            "Oil and filter change",
            10_000 * (n + 1) + 700,
            null,
            null,
            null
        );
        var visit = (await _db.Get<VisitUseCases>().CreateAsync(employee, center, car, visitDraft, default)).Ok();
        (await _db.Get<VisitUseCases>().ConfirmAsync(owner, visit.Id, default)).Ok();
    }

    private async Task RecomputeAsync(RecomputeTargets targets, int batchSize)
    {
        using var scope = _db.Get<IServiceScopeFactory>().CreateScope();
        var services = scope.ServiceProvider;
        var db = services.GetRequiredService<CarPassDbContext>();
        var recomputer = new PassportRecomputer(
            services.GetRequiredService<SnapshotReader>(),
            services.GetRequiredService<VehicleAccessReader>(),
            services.GetRequiredService<AchievementUnlocker>(),
            services.GetRequiredService<PassportCache>(),
            batchSize
        );
        var recompute = new RecomputeUseCases(
            new WriteRunner(
                db,
                services.GetRequiredService<WriteGate>(),
                recomputer,
                services.GetRequiredService<KeptHistories>(),
                _db.Clock
            ),
            db,
            services.GetRequiredService<VehicleAccessReader>(),
            _db.Clock,
            batchSize
        );
        (await recompute.RecomputeAsync(targets, default)).Ok();
    }

    private async Task ForgetScoresAsync()
    {
        await using var context = _db.NewContext();
        await context.VehicleScores.ExecuteDeleteAsync();
        await context.UserAchievements.ExecuteDeleteAsync();
    }

    private async Task<(
        List<string> Scores,
        List<(Guid UserId, Guid AchievementId, Guid VehicleId, Guid ServiceCenterId)> Badges
    )> StoredAsync()
    {
        await using var context = _db.NewContext();
        var scores = await context.VehicleScores.AsNoTracking().OrderBy(s => s.VehicleId).ToListAsync();
        var badges = await context.UserAchievements.AsNoTracking().ToListAsync();
        return (
            [
                .. scores.Select(s =>
                    $"{s.VehicleId} {s.CompletenessScore} {s.ProfileQuality} {s.MissingItems} {s.VerifiedHistoryScore} "
                    + $"{s.VerifiedHistoryStatus} {s.TrustedRecords}/{s.TotalRecords} {s.MaintenanceHealthScore} {s.MaintenanceStatus}"
                ),
            ],
            [.. badges.Select(b => (b.UserId, b.AchievementId, b.VehicleId, b.ServiceCenterId)).Order()]
        );
    }
}
