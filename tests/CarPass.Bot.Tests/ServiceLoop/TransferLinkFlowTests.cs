using CarPass.Bot.Tests.Fake;
using CarPass.Bot.Tests.Support;
using Microsoft.EntityFrameworkCore;
using static CarPass.Bot.Tests.ServiceLoop.ServiceLoopWorld;

namespace CarPass.Bot.Tests.ServiceLoop;

/// <summary>The seller's transfer links in the chat: shown with their expiry, listed, replaced and cancelled.</summary>
public sealed class TransferLinkFlowTests : IAsyncLifetime
{
    private const long Buyer = 5050;
    private BotWorld _world = null!;

    public async Task InitializeAsync()
    {
        _world = await StartAsync();
        await OwnerCarAsync(_world);
    }

    public async Task DisposeAsync() => await _world.DisposeAsync();

    [Fact]
    public async Task The_seller_sees_the_open_link_with_its_expiry_and_cancelling_it_refuses_the_buyer()
    {
        var passport = await _world.SayAsync(Owner, "/passport");
        var link = await _world.TapAsync(Owner, passport, "Transfer ownership");
        var shownAgain = await _world.TapAsync(Owner, await _world.SayAsync(Owner, "/passport"), "Transfer ownership");

        var cancelled = await _world.TapAsync(Owner, link, "Cancel this link");
        var preview = await _world.SayAsync(Buyer, $"/start {Code(link)}");

        Assert.Contains("works once, until", link.Text);
        Assert.Equal(Code(link), Code(shownAgain));
        Assert.Equal(1, await _world.DbAsync(db => db.OwnershipTransfers.CountAsync()));
        Assert.Contains("is cancelled: nobody can use it now", cancelled.Text);
        Assert.Contains("The seller cancelled this link", preview.Text);
        Assert.DoesNotContain("Accept", string.Join(" ", preview.Buttons.Select(b => b.Text)));
    }

    [Fact]
    public async Task A_new_link_replaces_the_old_one_and_the_seller_lists_and_cancels_from_transfers()
    {
        var link = await _world.TapAsync(Owner, await _world.SayAsync(Owner, "/passport"), "Transfer ownership");
        var replaced = await _world.TapAsync(Owner, link, "New link");
        var old = await _world.SayAsync(Buyer, $"/start {Code(link)}");
        var preview = await _world.SayAsync(Buyer, $"/start {Code(replaced)}");

        var list = await _world.SayAsync(Owner, "/transfers");
        var cancelled = await _world.TapAsync(Owner, list, "Cancel «Camry»");
        var empty = await _world.SayAsync(Owner, "/transfers");
        var late = await _world.TapAsync(Buyer, preview, "Accept");

        Assert.NotEqual(Code(link), Code(replaced));
        Assert.Contains("The seller cancelled this link", old.Text);
        Assert.Contains("The link works until", preview.Text);
        Assert.Contains("«Camry» — until", list.Text);
        Assert.Contains("is cancelled", cancelled.Text);
        Assert.Contains("no open transfer links", empty.Text);
        Assert.Contains("The seller cancelled this link", late.Text);
        Assert.Equal(
            (await UserAsync(_world, Owner)).Id,
            await _world.DbAsync(db =>
                db.VehicleAccessGrants.Where(g => g.RevokedAt == null && g.Role == Data.Access.AccessRole.Owner)
                    .Select(g => g.UserId)
                    .SingleAsync()
            )
        );
    }

    private static string Code(SentMessage link) =>
        link.Text[(link.Text.IndexOf("start=own_", StringComparison.Ordinal) + "start=".Length)..].Trim();
}
