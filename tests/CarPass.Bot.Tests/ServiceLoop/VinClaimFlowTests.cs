using CarPass.Bot.Tests.Support;
using CarPass.Data.Claims;
using CarPass.Data.Vehicles;
using Microsoft.EntityFrameworkCore;
using static CarPass.Bot.Tests.ServiceLoop.ServiceLoopWorld;

namespace CarPass.Bot.Tests.ServiceLoop;

/// <summary>A VIN already in the owner's passport, typed by someone else: refused, then a claim only operators see.</summary>
public sealed class VinClaimFlowTests : IAsyncLifetime
{
    private const string Vin = "JTNB11HK003079841";
    private const long Claimant = 5050;
    private BotWorld _world = null!;
    private Guid _car;

    public async Task InitializeAsync()
    {
        _world = await StartAsync();
        _car = await OwnerCarAsync(_world);
        var owner = await UserAsync(_world, Owner);
        (
            await _world.Service<VehicleUseCases>().UpdateAsync(owner.Id, _car, new VehicleChanges(Vin: Vin), default)
        ).Value!.ToString();
        await _world.SayAsync(Operator, "/start");
    }

    public async Task DisposeAsync() => await _world.DisposeAsync();

    [Fact]
    public async Task A_taken_vin_in_the_add_flow_is_refused_and_the_claim_reaches_only_the_operators()
    {
        var prompt = await _world.SayAsync(Claimant, "/add");
        prompt = await _world.SayAsync(Claimant, "My car");
        for (var step = 0; step < 3; step++)
            prompt = await _world.TapAsync(Claimant, prompt, "Skip");
        var toOwnerBefore = _world.Api.Sent.Count(m => m.ChatId == Owner);

        _world.Text(Claimant, Vin.ToLowerInvariant());
        var offer = await _world.NextAsync(Claimant);
        var again = await _world.NextAsync(Claimant);
        _world.Tap(Claimant, offer, offer.Button("Send a claim"));
        var sent = await _world.NextAsync(Claimant);
        var review = await _world.NextAsync(Operator);
        _world.Tap(Claimant, offer, offer.Button("Send a claim"));
        var twice = await _world.NextAsync(Claimant);

        Assert.Contains("already in another owner's passport", offer.Text);
        Assert.Contains("transfer link", offer.Text);
        foreach (var secret in new[] { "Camry", "Toyota", "User 1001", "А123ВС77" })
            Assert.DoesNotContain(secret, offer.Text + again.Text + sent.Text + twice.Text);
        Assert.Contains("Please type another VIN", again.Text);
        Assert.Contains("with our operators", sent.Text);
        Assert.Contains("already sent this claim", twice.Text);
        Assert.Contains(Vin, review.Text);
        Assert.Contains("Camry", review.Text);
        Assert.Contains("Telegram id 1001", review.Text);
        Assert.Contains("Telegram id 5050", review.Text);
        Assert.Equal(toOwnerBefore, _world.Api.Sent.Count(m => m.ChatId == Owner));
        Assert.Equal(1, await _world.DbAsync(db => db.VehicleClaims.CountAsync()));
        Assert.Equal(1, await _world.DbAsync(db => db.Vehicles.CountAsync(v => v.Vin == Vin)));

        await _world.TapAsync(Operator, review, "Uphold");
        var toClaimant = await _world.NextAsync(Claimant);
        var toOwner = await _world.NextAsync(Owner);

        Assert.Contains($"VIN {Vin} is free now", toClaimant.Text);
        Assert.Contains("was removed from your passport «Camry»", toOwner.Text);
        Assert.Null(await _world.DbAsync(db => db.Vehicles.Where(v => v.Id == _car).Select(v => v.Vin).SingleAsync()));
    }

    [Fact]
    public async Task A_claim_sent_from_the_vehicle_details_moves_the_vin_to_the_claimants_car_when_upheld()
    {
        var golf = await _world.AddCarAsync(Claimant, "Golf", 10_000);
        var garage = await _world.SayAsync(Claimant, "/garage");
        var menu = await _world.TapAsync(Claimant, garage, "Golf");
        var field = await _world.TapAsync(Claimant, menu, "Vehicle details");
        await _world.TapAsync(Claimant, field, "VIN");

        _world.Text(Claimant, Vin);
        var offer = await _world.NextAsync(Claimant);
        await _world.NextAsync(Claimant);
        await _world.TapAsync(Claimant, offer, "Send a claim");
        var review = await _world.NextAsync(Operator);
        await _world.TapAsync(Operator, review, "Uphold");
        var toClaimant = await _world.NextAsync(Claimant);

        Assert.Contains($"VIN {Vin} is now in your passport «Golf»", toClaimant.Text);
        var vins = await _world.DbAsync(db => db.Vehicles.ToDictionaryAsync(v => v.Id, v => v.Vin));
        Assert.Equal((Vin, null), (vins[golf], vins[_car]));
        Assert.Equal(
            ClaimStatus.Upheld,
            await _world.DbAsync(db => db.VehicleClaims.Select(c => c.Status).SingleAsync())
        );
    }

    [Fact]
    public async Task Only_operators_list_claims_and_a_rejected_claim_changes_nothing()
    {
        var claimant = await _world.SayAsync(Claimant, "/start");
        await _world.Service<ClaimUseCases>().OpenAsync((await UserAsync(_world, Claimant)).Id, Vin, null, default);

        var byOwner = await _world.SayAsync(Owner, "/claims");
        var listed = await _world.SayAsync(Operator, "/claims");
        await _world.TapAsync(Operator, listed, "Reject");
        var told = await _world.NextAsync(Claimant);
        var none = await _world.SayAsync(Operator, "/claims");

        Assert.Contains("Only a CarPass operator", byOwner.Text);
        Assert.Contains(Vin, listed.Text);
        Assert.Contains("did not uphold", told.Text);
        Assert.Contains("No open ownership claims", none.Text);
        Assert.Equal(
            Vin,
            await _world.DbAsync(db => db.Vehicles.Where(v => v.Id == _car).Select(v => v.Vin).SingleAsync())
        );
        _ = claimant;
    }

    [Fact]
    public async Task A_plate_another_passport_carries_is_kept_with_a_warning()
    {
        var prompt = await _world.SayAsync(Claimant, "/add");
        prompt = await _world.SayAsync(Claimant, "Bought plate");
        for (var step = 0; step < 4; step++)
            prompt = await _world.TapAsync(Claimant, prompt, "Skip");
        prompt = await _world.SayAsync(Claimant, Plate);
        prompt = await _world.TapAsync(Claimant, prompt, "Skip");

        var done = await _world.TapAsync(Claimant, prompt, "Skip");

        Assert.Contains("this plate is also in another passport", done.Text);
        Assert.Equal(2, await _world.DbAsync(db => db.Vehicles.CountAsync(v => v.PlateNumber == Plate)));
    }
}
