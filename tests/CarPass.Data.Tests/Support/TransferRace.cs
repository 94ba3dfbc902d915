using CarPass.Data.Access;
using CarPass.Data.Ownership;
using CarPass.Data.ServiceCenters;
using CarPass.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace CarPass.Data.Tests.Support;

/// <summary>Buyers accepting transfer links of one car at the same moment.</summary>
public static class TransferRace
{
    /// <summary>
    /// The seller's link plus a second open one made directly in the database, as links made before
    /// one open link per car, or two offers on two instances at the same instant, could leave.
    /// </summary>
    public static async Task<string[]> TwoOpenLinksAsync(TestDatabase db, Guid sellerId, Guid vehicleId)
    {
        var first = (await db.Get<OwnershipUseCases>().OfferAsync(sellerId, vehicleId, default)).Ok().Transfer;
        await using var context = db.NewContext();
        var second = new OwnershipTransfer
        {
            VehicleId = vehicleId,
            FromUserId = sellerId,
            Code = TeamUseCases.NewCode(),
            CreatedAt = first.CreatedAt,
            ExpiresAt = first.ExpiresAt,
        };
        context.OwnershipTransfers.Add(second);
        await context.SaveChangesAsync();
        return [first.Code, second.Code];
    }

    public static async Task<Outcome<VehicleTransfer>[]> AcceptAtOnceAsync(
        TestDatabase db,
        IReadOnlyList<(Guid Buyer, string Code)> accepts
    )
    {
        using var start = new Barrier(accepts.Count);
        return await Task.WhenAll(
            accepts.Select(a =>
                Task.Run(() =>
                {
                    var ownership = db.Get<OwnershipUseCases>();
                    start.SignalAndWait();
                    return ownership.AcceptAsync(a.Buyer, a.Code, default);
                })
            )
        );
    }

    /// <summary>
    /// Ten rounds of two buyers accepting two open links of one car at the same moment: one owner,
    /// and the other buyer is told the car is already transferred.
    /// </summary>
    public static async Task RaceRoundsAsync(TestDatabase db)
    {
        for (var round = 0; round < 10; round++)
        {
            var (seller, car) = await Garage.OwnerWithCarAsync(db, 4000 + round * 3);
            var buyers = new[] { await db.UserAsync(4001 + round * 3), await db.UserAsync(4002 + round * 3) };
            var codes = await TwoOpenLinksAsync(db, seller.Id, car.Id);

            var outcomes = await AcceptAtOnceAsync(db, [(buyers[0].Id, codes[0]), (buyers[1].Id, codes[1])]);

            Assert.Equal(1, outcomes.Count(o => o.IsSuccess));
            Assert.Equal("transfer_already_done", Assert.Single(outcomes, o => !o.IsSuccess).Error!.Code);
            Assert.Equal(1, await LiveOwnersAsync(db, car.Id));
            Assert.Empty(
                await db.Get<TransferLinkReader>()
                    .OfSellerAsync(seller.Id, car.Id, db.Clock.GetUtcNow().UtcDateTime, default)
            );
        }
    }

    public static Task<int> LiveOwnersAsync(TestDatabase db, Guid vehicleId) =>
        db.ScalarAsync(c =>
            c.VehicleAccessGrants.CountAsync(g =>
                g.VehicleId == vehicleId && g.Role == AccessRole.Owner && g.RevokedAt == null
            )
        );
}
