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

        for (var round = 0; round < 10; round++)
        {
            var (seller, car) = await Garage.OwnerWithCarAsync(db, 4000 + round * 3);
            var buyers = new[] { await db.UserAsync(4001 + round * 3), await db.UserAsync(4002 + round * 3) };
            var codes = await TransferRace.TwoOpenLinksAsync(db, seller.Id, car.Id);

            var outcomes = await TransferRace.AcceptAtOnceAsync(
                db,
                [(buyers[0].Id, codes[0]), (buyers[1].Id, codes[1])]
            );

            Assert.Equal(1, outcomes.Count(o => o.IsSuccess));
            Assert.Equal("transfer_already_done", Assert.Single(outcomes, o => !o.IsSuccess).Error!.Code);
            Assert.Equal(1, await TransferRace.LiveOwnersAsync(db, car.Id));
        }
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
            var link = (await db.Get<OwnershipUseCases>().OfferAsync(seller.Id, car.Id, default)).Ok();
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

        for (var round = 0; round < 10; round++)
        {
            var vin = VinHolders.Vins[round % VinHolders.Vins.Length];
            var (first, firstCar) = await Garage.OwnerWithCarAsync(db, 3000 + round * 2);
            var (second, _) = await Garage.OwnerWithCarAsync(db, 3001 + round * 2);

            var outcomes = await VinHolders.RaceAsync(db, vin, (first.Id, firstCar.Id), second.Id);

            Assert.Equal(1, outcomes.Count(o => o.IsSuccess));
            Assert.Equal("vin_taken", Assert.Single(outcomes, o => !o.IsSuccess).Error!.Code);
            Assert.Equal(
                1,
                await db.ScalarAsync(c => c.Vehicles.CountAsync(v => v.Vin == vin && v.State == VehicleState.Active))
            );
            await VinHolders.ArchiveEveryPassportWithAsync(db, vin);
        }
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

        await using (var context = db.NewContext())
        {
            context.VehicleAccessGrants.Add(
                new VehicleAccessGrant
                {
                    VehicleId = car.Id,
                    Role = AccessRole.Owner,
                    UserId = claimant.Id,
                    GrantedAt = TestDatabase.Start,
                }
            );
            await Assert.ThrowsAsync<DbUpdateException>(() => context.SaveChangesAsync());
        }
        await using (var context = db.NewContext())
        {
            context.Vehicles.Add(
                new Vehicle
                {
                    Name = "Squatter",
                    Vin = Garage.ValidVin,
                    CreatedAt = TestDatabase.Start,
                    UpdatedAt = TestDatabase.Start,
                }
            );
            await Assert.ThrowsAsync<DbUpdateException>(() => context.SaveChangesAsync());
        }
        var listed = await db.Get<ClaimReader>().OpenAsync(admin.Id, TestDatabase.Start, 10, default);

        var review = Assert.Single(listed!);
        Assert.Equal((1001L, 1002L), (review.Owner!.TelegramId, review.Claimant.TelegramId));
        Assert.Equal(owner.Id, await db.Get<VehicleAccessQuery>().OwnerOfAsync(car.Id, TestDatabase.Start, default));
    }
}
