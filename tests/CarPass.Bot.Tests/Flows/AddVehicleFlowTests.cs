using CarPass.Bot.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace CarPass.Bot.Tests.Flows;

public sealed class AddVehicleFlowTests : IAsyncLifetime
{
    private const long Owner = 501;
    private BotWorld _world = null!;

    public async Task InitializeAsync() => _world = await BotWorld.StartAsync();

    public async Task DisposeAsync() => await _world.DisposeAsync();

    [Fact]
    public async Task An_owner_adds_a_car_step_by_step_and_sees_its_passport_quality()
    {
        await _world.SayAsync(Owner, "/add");
        await _world.SayAsync(Owner, "Family car");
        await _world.SayAsync(Owner, "Toyota");
        await _world.SayAsync(Owner, "Camry");
        await _world.SayAsync(Owner, "2019");
        var badVin = await _world.SayAsync(Owner, "JTNB11HK00307984I");
        Assert.Contains("I, O or Q", badVin.Text);
        await _world.SayAsync(Owner, "jtnb11hk003079841");
        await _world.SayAsync(Owner, "a123bc 77");
        var fuel = await _world.SayAsync(Owner, "84 500");
        var done = await _world.TapAsync(Owner, fuel, "Petrol");

        Assert.Contains("Vehicle added", done.Text);
        Assert.Contains("Passport quality: 60 %", done.Text);
        Assert.Contains("What to improve", done.Text);
        var car = await _world.DbAsync(db => db.Vehicles.SingleAsync());
        Assert.Equal(("Family car", "Toyota", "Camry", 2019), (car.Name, car.Make!, car.Model!, car.Year!.Value));
        Assert.Equal(
            ("JTNB11HK003079841", "А123ВС77", "RU", 84_500),
            (car.Vin!, car.PlateNumber!, car.PlateCountry!, car.CurrentOdometerKm!.Value)
        );
        Assert.Null(await _world.DbAsync(db => db.Conversations.SingleOrDefaultAsync()));
    }

    [Fact]
    public async Task Every_step_after_the_first_can_be_skipped()
    {
        var prompt = await _world.SayAsync(Owner, "/add");
        prompt = await _world.TapAsync(Owner, prompt, "Skip");
        prompt = await _world.SayAsync(Owner, "Lada");
        for (var step = 0; step < 6; step++)
            prompt = await _world.TapAsync(Owner, prompt, "Skip");

        Assert.Contains("Vehicle added", prompt.Text);
        var car = await _world.DbAsync(db => db.Vehicles.SingleAsync());
        Assert.Equal(("Lada", "Lada"), (car.Name, car.Make!));
        Assert.Null(car.Vin);
    }

    [Fact]
    public async Task Skipping_both_name_and_make_asks_again_instead_of_saving_a_nameless_car()
    {
        var prompt = await _world.SayAsync(Owner, "/add");
        for (var step = 0; step < 8; step++)
            prompt = await _world.TapAsync(Owner, prompt, "Skip");

        Assert.Contains("name or a make", prompt.Text);
        Assert.Equal(0, await _world.DbAsync(db => db.Vehicles.CountAsync()));
    }

    [Fact]
    public async Task A_foreign_plate_asks_for_its_country()
    {
        var prompt = await _world.SayAsync(Owner, "/add");
        prompt = await _world.SayAsync(Owner, "Golf");
        for (var step = 0; step < 4; step++)
            prompt = await _world.TapAsync(Owner, prompt, "Skip");
        var country = await _world.SayAsync(Owner, "B AB 1234");
        Assert.Contains("country", country.Text);
        prompt = await _world.TapAsync(Owner, country, "DE");
        prompt = await _world.TapAsync(Owner, prompt, "Skip");
        prompt = await _world.TapAsync(Owner, prompt, "Skip");

        var car = await _world.DbAsync(db => db.Vehicles.SingleAsync());
        Assert.Equal(("BAB1234", "DE"), (car.PlateNumber!, car.PlateCountry!));
    }

    [Fact]
    public async Task Cancel_leaves_nothing_behind()
    {
        await _world.SayAsync(Owner, "/add");
        var prompt = await _world.SayAsync(Owner, "Golf");

        var cancelled = await _world.TapAsync(Owner, prompt, "Cancel");

        Assert.Contains("Cancelled", cancelled.Text);
        Assert.Equal(0, await _world.DbAsync(db => db.Vehicles.CountAsync()));
        Assert.Null(await _world.DbAsync(db => db.Conversations.SingleOrDefaultAsync()));
    }
}
