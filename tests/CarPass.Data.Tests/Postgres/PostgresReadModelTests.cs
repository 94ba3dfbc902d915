using CarPass.Data.Fuel;
using CarPass.Data.Odometer;
using CarPass.Data.Passports;
using CarPass.Data.Persistence;
using CarPass.Data.Tests.Passports;
using CarPass.Data.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace CarPass.Data.Tests.Postgres;

/// <summary>
/// Two instances on one PostgreSQL, each with its own kept passports: a write on one is seen by the
/// very next read on the other, and writes racing on one vehicle leave both serving all the records.
/// </summary>
public sealed class PostgresReadModelTests
{
    private const int Rounds = 40;

    [SkippableFact]
    public async Task A_write_on_one_instance_is_seen_by_the_next_read_on_the_other()
    {
        TestPostgres.SkipUnlessAvailable();
        await using var db = await TestDatabase.CreateAsync(StorageRegistration.Postgres);
        await using var other = SecondInstance(db);
        var (owner, car) = await Garage.OwnerWithCarAsync(db);
        var before = await ReadAsync(other, owner.Id, car.Id);
        Assert.Same(before.Passport, (await ReadAsync(other, owner.Id, car.Id)).Passport);

        (await db.Get<FuelUseCases>().LogAsync(owner.Id, car.Id, new FuelDraft(40, OdometerKm: 50_400), default)).Ok();

        var after = await ReadAsync(other, owner.Id, car.Id);
        Assert.Contains(before.Passport.Completeness.MissingItems, m => m.Code == "fuel_entry");
        Assert.DoesNotContain(after.Passport.Completeness.MissingItems, m => m.Code == "fuel_entry");
        Assert.Equal(50_400, after.Passport.Maintenance.CurrentOdometerKm);
    }

    [SkippableFact]
    public async Task Writes_racing_on_one_vehicle_from_two_instances_leave_both_serving_every_record()
    {
        TestPostgres.SkipUnlessAvailable();
        await using var db = await TestDatabase.CreateAsync(StorageRegistration.Postgres);
        await using var other = SecondInstance(db);
        var (owner, car) = await Garage.OwnerWithCarAsync(db);
        var instances = new[] { (IServiceProvider)Scoped(db), other };

        for (var round = 0; round < Rounds; round++)
        {
            var km = 50_100 + round * 100;
            await Task.WhenAll(
                Task.Run(async () =>
                    (await Use<OdometerUseCases>(instances[0]).LogAsync(owner.Id, car.Id, km + 50, false, default)).Ok()
                ),
                Task.Run(async () =>
                    (
                        await Use<FuelUseCases>(instances[1])
                            .LogAsync(owner.Id, car.Id, new FuelDraft(30, IsFullTank: round % 2 == 0), default)
                    ).Ok()
                )
            );
            var fresh = await ReadModel.ScoredFromTheRecordsAsync(db, car.Id);
            foreach (var instance in instances)
            {
                var served = await Use<PassportReader>(instance).VehicleAsync(owner.Id, car.Id, default);
                Assert.Equivalent(
                    fresh with
                    {
                        ComputedAt = default,
                    },
                    served!.Passport with
                    {
                        ComputedAt = default,
                    },
                    strict: true
                );
            }
            Assert.Equal(km + 50, fresh.Maintenance.CurrentOdometerKm);
        }
    }

    /// <summary>Another process on the same database: its own services, its own kept passports.</summary>
    private static ServiceProvider SecondInstance(TestDatabase db) =>
        new ServiceCollection()
            .AddSingleton<TimeProvider>(db.Clock)
            .AddCarPassData(StorageRegistration.Postgres, db.ConnectionString)
            .BuildServiceProvider();

    private static IServiceProvider Scoped(TestDatabase db) => db.Get<IServiceProvider>();

    private static T Use<T>(IServiceProvider instance)
        where T : notnull => instance.CreateScope().ServiceProvider.GetRequiredService<T>();

    private static async Task<PassportView> ReadAsync(IServiceProvider instance, Guid userId, Guid vehicleId) =>
        (await Use<PassportReader>(instance).VehicleAsync(userId, vehicleId, default))!;
}
