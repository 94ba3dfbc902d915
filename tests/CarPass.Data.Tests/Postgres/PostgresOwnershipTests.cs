using CarPass.Data.Access;
using CarPass.Data.Claims;
using CarPass.Data.Ownership;
using CarPass.Data.Persistence;
using CarPass.Data.Tests.Support;
using CarPass.Data.Vehicles;
using Microsoft.EntityFrameworkCore;

namespace CarPass.Data.Tests.Postgres;

/// <summary>On PostgreSQL writers really run side by side: the unique indexes decide, the write path answers.</summary>
public sealed class PostgresOwnershipTests
{
    [SkippableFact]
    public async Task Two_buyers_accepting_two_links_at_once_leave_one_owner_on_postgres()
    {
        TestPostgres.SkipUnlessAvailable();
        await using var db = await TestDatabase.CreateAsync(StorageRegistration.Postgres);

        await TransferRace.RaceRoundsAsync(db);
    }

    [SkippableFact]
    public async Task A_cancel_and_an_accept_of_one_link_at_the_same_moment_have_one_outcome_on_postgres()
    {
        TestPostgres.SkipUnlessAvailable();
        await using var db = await TestDatabase.CreateAsync(StorageRegistration.Postgres);

        for (var round = 0; round < 10; round++)
        {
            var (seller, car) = await Garage.OwnerWithCarAsync(db, 5000 + round * 2);
            var buyer = await db.UserAsync(5001 + round * 2);
            var link = (await db.Get<OwnershipUseCases>().OfferAsync(seller.Id, car.Id, default)).Ok().Transfer;
            using var start = new Barrier(2);

            var results = await Task.WhenAll(
                Task.Run(async () =>
                {
                    var ownership = db.Get<OwnershipUseCases>();
                    start.SignalAndWait();
                    return (await ownership.CancelAsync(seller.Id, link.Id, default)).IsSuccess;
                }),
                Task.Run(async () =>
                {
                    var ownership = db.Get<OwnershipUseCases>();
                    start.SignalAndWait();
                    return (await ownership.AcceptAsync(buyer.Id, link.Code, default)).IsSuccess;
                })
            );

            Assert.Equal(1, results.Count(ok => ok));
            var stored = await db.ScalarAsync(c => c.OwnershipTransfers.SingleAsync(t => t.Id == link.Id));
            Assert.True(
                stored.AcceptedAt is null != stored.CancelledAt is null,
                "exactly one of accepted and cancelled"
            );
            Assert.Equal(1, await TransferRace.LiveOwnersAsync(db, car.Id));
        }
    }

    [SkippableFact]
    public async Task Two_owners_typing_the_same_vin_at_once_get_one_passport_and_one_clear_answer_on_postgres()
    {
        TestPostgres.SkipUnlessAvailable();
        await using var db = await TestDatabase.CreateAsync(StorageRegistration.Postgres);

        await VinHolders.RaceRoundsAsync(db);
    }

    [SkippableFact]
    public async Task The_database_refuses_a_second_live_owner_and_a_second_active_vin_and_operators_list_claims_on_postgres()
    {
        TestPostgres.SkipUnlessAvailable();
        await using var db = await TestDatabase.CreateAsync(StorageRegistration.Postgres);
        var (owner, car) = await VinHolders.OwnerWithVinAsync(db, 1001, Garage.ValidVin);
        var claimant = await db.UserAsync(1002);
        var admin = await db.UserAsync(9000, isOperator: true);
        (await db.Get<ClaimUseCases>().OpenAsync(claimant.Id, Garage.ValidVin, null, default)).Ok();

        await Assert.ThrowsAsync<DbUpdateException>(() => Squatters.SecondOwnerAsync(db, car.Id, claimant.Id));
        await Assert.ThrowsAsync<DbUpdateException>(() => Squatters.SecondPassportAsync(db, Garage.ValidVin));
        var listed = await db.Get<ClaimReader>().OpenAsync(admin.Id, TestDatabase.Start, 10, default);

        var review = Assert.Single(listed!);
        Assert.Equal((1001L, 1002L), (review.Owner!.TelegramId, review.Claimant.TelegramId));
        Assert.Equal(owner.Id, await db.Get<VehicleAccessReader>().OwnerOfAsync(car.Id, TestDatabase.Start, default));
    }
}
