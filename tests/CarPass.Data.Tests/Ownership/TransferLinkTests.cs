using CarPass.Data.Access;
using CarPass.Data.Ownership;
using CarPass.Data.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace CarPass.Data.Tests.Ownership;

/// <summary>Transfer links: one open per car, cancellable, expiring, and one owner whatever races.</summary>
public sealed class TransferLinkTests : IAsyncLifetime
{
    private TestDatabase _db = null!;

    public async Task InitializeAsync() => _db = await TestDatabase.CreateAsync();

    public async Task DisposeAsync() => await _db.DisposeAsync();

    private OwnershipUseCases Ownership => _db.Get<OwnershipUseCases>();

    private DateTime Now => _db.Clock.GetUtcNow().UtcDateTime;

    [Fact]
    public async Task A_new_link_replaces_the_open_one_and_the_replaced_one_says_it_was_cancelled()
    {
        var (seller, car) = await Garage.OwnerWithCarAsync(_db);
        var buyer = await _db.UserAsync(55);

        var first = (await Ownership.OfferAsync(seller.Id, car.Id, default)).Ok().Transfer;
        var second = (await Ownership.OfferAsync(seller.Id, car.Id, default)).Ok().Transfer;
        var open = await _db.Get<TransferLinkReader>().OfSellerAsync(seller.Id, null, Now, default);
        var withFirst = await Ownership.AcceptAsync(buyer.Id, first.Code, default);

        Assert.Equal(second.Id, Assert.Single(open).Id);
        Assert.Equal("transfer_cancelled", withFirst.Error?.Code);
        Assert.Equal(seller.Id, await _db.Get<VehicleAccessReader>().OwnerOfAsync(car.Id, Now, default));
        Assert.Equal(1, await _db.ScalarAsync(c => c.AuditLog.CountAsync(a => a.Action == "ownership.link_replaced")));
    }

    [Fact]
    public async Task The_seller_can_cancel_an_open_link_and_nobody_can_use_it_afterwards()
    {
        var (seller, car) = await Garage.OwnerWithCarAsync(_db);
        var buyer = await _db.UserAsync(55);
        var link = (await Ownership.OfferAsync(seller.Id, car.Id, default)).Ok().Transfer;

        var byBuyer = await Ownership.CancelAsync(buyer.Id, link.Id, default);
        (await Ownership.CancelAsync(seller.Id, link.Id, default)).Ok();
        var twice = await Ownership.CancelAsync(seller.Id, link.Id, default);
        var preview = await Ownership.CheckAsync(buyer.Id, link.Code, Now, default);
        var accepted = await Ownership.AcceptAsync(buyer.Id, link.Code, default);

        Assert.Equal("transfer_not_open", byBuyer.Error?.Code);
        Assert.Equal("transfer_not_open", twice.Error?.Code);
        Assert.Equal("transfer_cancelled", preview.Error?.Code);
        Assert.Equal("transfer_cancelled", accepted.Error?.Code);
        Assert.Empty(await _db.Get<TransferLinkReader>().OfSellerAsync(seller.Id, null, Now, default));
        Assert.Equal(seller.Id, await _db.Get<VehicleAccessReader>().OwnerOfAsync(car.Id, Now, default));
    }

    [Fact]
    public async Task A_link_works_until_its_expiry_and_not_a_moment_later()
    {
        var (seller, car) = await Garage.OwnerWithCarAsync(_db);
        var buyer = await _db.UserAsync(55);
        var link = (await Ownership.OfferAsync(seller.Id, car.Id, default)).Ok().Transfer;

        _db.Clock.Advance(OwnershipUseCases.LinkLifetime - TimeSpan.FromSeconds(1));
        var lastSecond = await Ownership.CheckAsync(buyer.Id, link.Code, Now, default);
        _db.Clock.Advance(TimeSpan.FromSeconds(1));
        var expired = await Ownership.AcceptAsync(buyer.Id, link.Code, default);

        Assert.True(lastSecond.IsSuccess);
        Assert.Equal("transfer_expired", expired.Error?.Code);
        Assert.Equal([link.ExpiresAt], expired.Error!.Args);
        Assert.Equal(TestDatabase.Start + OwnershipUseCases.LinkLifetime, link.ExpiresAt);
        Assert.Empty(await _db.Get<TransferLinkReader>().OfSellerAsync(seller.Id, null, Now, default));
    }

    [Fact]
    public Task Two_buyers_accepting_two_links_at_once_leave_one_owner_and_the_other_is_told_it_is_transferred() =>
        TransferRace.RaceRoundsAsync(_db);

    [Fact]
    public async Task The_database_refuses_a_second_live_owner_even_past_the_use_cases()
    {
        var (_, car) = await Garage.OwnerWithCarAsync(_db);
        var intruder = await _db.UserAsync(66);

        await Assert.ThrowsAsync<DbUpdateException>(() => Squatters.SecondOwnerAsync(_db, car.Id, intruder.Id));
        Assert.Equal(1, await TransferRace.LiveOwnersAsync(_db, car.Id));
    }
}
