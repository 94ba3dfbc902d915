using CarPass.Data.Access;
using CarPass.Data.Claims;
using CarPass.Data.Ownership;
using CarPass.Data.Tests.Support;
using CarPass.Data.Vehicles;
using Microsoft.EntityFrameworkCore;

namespace CarPass.Data.Tests.Ownership;

/// <summary>A second claimant's way to the car: a claim operators review, never a silent duplicate.</summary>
public sealed class ClaimTests : IAsyncLifetime
{
    private const string Vin = Garage.ValidVin;
    private TestDatabase _db = null!;

    public async Task InitializeAsync() => _db = await TestDatabase.CreateAsync();

    public async Task DisposeAsync() => await _db.DisposeAsync();

    private ClaimUseCases Claims => _db.Get<ClaimUseCases>();

    private DateTime Now => _db.Clock.GetUtcNow().UtcDateTime;

    [Fact]
    public async Task A_second_claimant_sends_one_claim_and_asking_again_returns_the_same_one()
    {
        var (holder, held) = await VinHolders.OwnerWithVinAsync(_db, 1001, Vin);
        var (claimant, mine) = await Garage.OwnerWithCarAsync(_db, 1002);

        var first = (await Claims.OpenAsync(claimant.Id, Vin, mine.Id, default)).Ok();
        var again = (await Claims.OpenAsync(claimant.Id, Vin.ToLowerInvariant(), null, default)).Ok();

        Assert.True(first.IsNew);
        Assert.False(again.IsNew);
        Assert.Equal(first.Claim.Id, again.Claim.Id);
        var stored = await _db.ScalarAsync(c => c.VehicleClaims.SingleAsync());
        Assert.Equal((held.Id, mine.Id, ClaimStatus.Open), (stored.VehicleId, stored.ClaimantVehicleId, stored.Status));
        // Nothing reaches the other passport's trail, so its owner is not alerted by an open claim.
        Assert.False(
            await _db.ScalarAsync(c =>
                c.AuditLog.AnyAsync(a => a.VehicleId == held.Id && a.Action.StartsWith("claim."))
            )
        );
        Assert.Equal(
            Vin,
            await _db.ScalarAsync(c => c.Vehicles.Where(v => v.Id == held.Id).Select(v => v.Vin).SingleAsync())
        );
        Assert.Null(await _db.Get<VehicleAccessReader>().FindReadableAsync(claimant.Id, held.Id, Now, default));
        Assert.Null(await _db.Get<ClaimReader>().OpenAsync(claimant.Id, Now, 10, default));
        Assert.Null(await _db.Get<ClaimReader>().OpenAsync(holder.Id, Now, 10, default));
    }

    [Fact]
    public async Task A_free_vin_an_own_vin_and_a_fourth_open_claim_are_refused_clearly()
    {
        var (claimant, mine) = await VinHolders.OwnerWithVinAsync(_db, 1002, VinHolders.Vins[1]);
        var holders = new List<Vehicle>();
        foreach (
            var (vin, i) in new[] { Vin, VinHolders.Vins[2], "WVWZZZ1JZXW000001", "WVWZZZ1JZXW000002" }.Select(
                (v, i) => (v, i)
            )
        )
            holders.Add((await VinHolders.OwnerWithVinAsync(_db, 2000 + i, vin)).Car);
        var free = await Claims.OpenAsync(claimant.Id, "WVWZZZ1JZXW000003", null, default);
        var own = await Claims.OpenAsync(claimant.Id, VinHolders.Vins[1], null, default);
        var notMine = await Claims.OpenAsync(claimant.Id, Vin, holders[0].Id, default);

        var outcomes = new List<string?>();
        foreach (var held in holders)
            outcomes.Add((await Claims.OpenAsync(claimant.Id, held.Vin!, mine.Id, default)).Error?.Code);

        Assert.Equal("claim_nothing_to_claim", free.Error?.Code);
        Assert.Equal("vin_in_your_garage", own.Error?.Code);
        Assert.Equal("vehicle_not_found", notMine.Error?.Code);
        Assert.Equal([null, null, null, "claim_limit"], outcomes);
        Assert.Equal(3, await _db.ScalarAsync(c => c.VehicleClaims.CountAsync()));
    }

    [Fact]
    public async Task Upholding_a_vin_claim_moves_the_vin_to_the_claimants_passport_and_names_who_to_tell()
    {
        var (holder, held) = await VinHolders.OwnerWithVinAsync(_db, 1001, Vin);
        var (claimant, mine) = await Garage.OwnerWithCarAsync(_db, 1002);
        var claim = (await Claims.OpenAsync(claimant.Id, Vin, mine.Id, default)).Ok().Claim;
        var stranger = await _db.UserAsync(1003);
        var admin = await _db.UserAsync(9000, isOperator: true);

        var byStranger = await Claims.DecideAsync(stranger.Id, claim.Id, true, default);
        var listed = await _db.Get<ClaimReader>().OpenAsync(admin.Id, Now, 10, default);
        var decision = (await Claims.DecideAsync(admin.Id, claim.Id, true, default)).Ok();
        var twice = await Claims.DecideAsync(admin.Id, claim.Id, false, default);

        Assert.Equal("operator_only", byStranger.Error?.Code);
        var review = Assert.Single(listed!);
        Assert.Equal(
            (Vin, "Golf", 1001L, 1002L),
            (review.Vin, review.VehicleName, review.Owner!.TelegramId, review.Claimant.TelegramId)
        );
        Assert.Equal((holder.Id, mine.Id), (decision.FormerOwnerUserId, decision.VinNowInVehicleId));
        Assert.Equal("claim_already_decided", twice.Error?.Code);
        var vins = await _db.ScalarAsync(c => c.Vehicles.ToDictionaryAsync(v => v.Id, v => v.Vin));
        Assert.Equal((null, Vin), (vins[held.Id], vins[mine.Id]));
        Assert.Equal(
            ClaimStatus.Upheld,
            await _db.ScalarAsync(c => c.VehicleClaims.Select(x => x.Status).SingleAsync())
        );
        Assert.Equal(holder.Id, await _db.Get<VehicleAccessReader>().OwnerOfAsync(held.Id, Now, default));
    }

    [Fact]
    public async Task A_rejected_claim_changes_nothing_but_its_status()
    {
        var (_, held) = await VinHolders.OwnerWithVinAsync(_db, 1001, Vin);
        var claimant = await _db.UserAsync(1002);
        var claim = (await Claims.OpenAsync(claimant.Id, Vin, null, default)).Ok().Claim;
        var admin = await _db.UserAsync(9000, isOperator: true);

        (await Claims.DecideAsync(admin.Id, claim.Id, false, default)).Ok();
        var reopened = (await Claims.OpenAsync(claimant.Id, Vin, null, default)).Ok();

        Assert.Equal(
            Vin,
            await _db.ScalarAsync(c => c.Vehicles.Where(v => v.Id == held.Id).Select(v => v.Vin).SingleAsync())
        );
        Assert.True(reopened.IsNew);
        Assert.Equal(
            ["Rejected", "Open"],
            await _db.ScalarAsync(c =>
                c.VehicleClaims.OrderBy(x => x.CreatedAt)
                    .ThenBy(x => x.Id)
                    .Select(x => x.Status.ToString())
                    .ToListAsync()
            )
        );
    }

    [Fact]
    public async Task Upholding_a_second_owner_claim_gives_the_claimant_the_passport_and_ends_the_other_grants()
    {
        var (owner, car) = await Garage.OwnerWithCarAsync(_db, 1001);
        var second = await _db.UserAsync(1002);
        var admin = await _db.UserAsync(9000, isOperator: true);
        await using (var context = _db.NewContext())
        {
            context.VehicleClaims.Add(
                new VehicleClaim
                {
                    Kind = ClaimKind.DuplicateOwner,
                    VehicleId = car.Id,
                    ClaimantUserId = second.Id,
                    CreatedAt = Now,
                }
            );
            await context.SaveChangesAsync();
        }
        var link = (await _db.Get<OwnershipUseCases>().OfferAsync(owner.Id, car.Id, default)).Ok().Transfer;
        var claimId = await _db.ScalarAsync(c => c.VehicleClaims.Select(x => x.Id).SingleAsync());

        var decision = (await Claims.DecideAsync(admin.Id, claimId, true, default)).Ok();

        Assert.Equal(owner.Id, decision.FormerOwnerUserId);
        Assert.Equal(second.Id, await _db.Get<VehicleAccessReader>().OwnerOfAsync(car.Id, Now, default));
        Assert.Equal(1, await TransferRace.LiveOwnersAsync(_db, car.Id));
        Assert.Equal(
            "transfer_already_done",
            (await _db.Get<OwnershipUseCases>().AcceptAsync(admin.Id, link.Code, default)).Error?.Code
        );
    }
}
