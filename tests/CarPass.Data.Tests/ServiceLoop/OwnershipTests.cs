using CarPass.Data.Access;
using CarPass.Data.Ownership;
using CarPass.Data.Service;
using CarPass.Data.ServiceCenters;
using CarPass.Data.Tests.Support;
using CarPass.Data.Timeline;
using CarPass.Domain.Maintenance;
using Microsoft.EntityFrameworkCore;

namespace CarPass.Data.Tests.ServiceLoop;

public sealed class OwnershipTests : IAsyncLifetime
{
    private TestDatabase _db = null!;

    public async Task InitializeAsync() => _db = await TestDatabase.CreateAsync();

    public async Task DisposeAsync() => await _db.DisposeAsync();

    [Fact]
    public async Task A_sale_moves_the_passport_ends_every_earlier_grant_and_keeps_the_sellers_notes_private()
    {
        var (seller, car) = await Garage.OwnerWithCarAsync(_db);
        var (center, _) = await Garage.VerifiedCenterAsync(_db);
        (await _db.Get<ServiceCenterUseCases>().GrantAccessAsync(seller.Id, car.Id, center.Id, 30, default)).Ok();
        (
            await _db.Get<ServiceEntryUseCases>()
                .LogAsync(
                    seller.Id,
                    car.Id,
                    new ServiceDraft(ServiceKind.EngineOil, Note: "paid cash, no receipt"),
                    default
                )
        ).Ok();
        var buyer = await _db.UserAsync(55);
        var ownership = _db.Get<OwnershipUseCases>();

        var offer = (await ownership.OfferAsync(seller.Id, car.Id, default)).Ok().Transfer;
        (await ownership.AcceptAsync(buyer.Id, offer.Code, default)).Ok();
        var reused = await ownership.AcceptAsync((await _db.UserAsync(66)).Id, offer.Code, default);

        var access = _db.Get<VehicleAccessReader>();
        var now = _db.Clock.GetUtcNow().UtcDateTime;
        Assert.Equal(buyer.Id, await access.OwnerOfAsync(car.Id, now, default));
        Assert.Null(await access.FindReadableAsync(seller.Id, car.Id, now, default));
        Assert.False(await access.CenterHasAccessAsync(center.Id, car.Id, now, default));
        Assert.Equal("transfer_used", reused.Error?.Code);
        var timeline = (await _db.Get<TimelineReader>().ReadAsync(buyer.Id, car.Id, null, 50, default))!;
        Assert.Contains(timeline.Entries, e => e.Type == TimelineEntryType.Ownership);
        var service = Assert.Single(timeline.Entries, e => e.Type == TimelineEntryType.Service);
        Assert.Null(service.Note);
    }

    [Fact]
    public async Task A_link_cannot_be_used_by_the_seller_after_it_expires_or_by_someone_who_is_not_the_owner()
    {
        var (seller, car) = await Garage.OwnerWithCarAsync(_db);
        var stranger = await _db.UserAsync(77);
        var ownership = _db.Get<OwnershipUseCases>();

        var byStranger = await ownership.OfferAsync(stranger.Id, car.Id, default);
        var offer = (await ownership.OfferAsync(seller.Id, car.Id, default)).Ok().Transfer;
        var toSelf = await ownership.AcceptAsync(seller.Id, offer.Code, default);
        _db.Clock.Advance(OwnershipUseCases.LinkLifetime);
        var expired = await ownership.AcceptAsync(stranger.Id, offer.Code, default);

        Assert.Equal("vehicle_not_found", byStranger.Error?.Code);
        Assert.Equal("transfer_to_self", toSelf.Error?.Code);
        Assert.Equal("transfer_expired", expired.Error?.Code);
        Assert.Equal(
            seller.Id,
            await _db.Get<VehicleAccessReader>().OwnerOfAsync(car.Id, _db.Clock.GetUtcNow().UtcDateTime, default)
        );
    }
}
