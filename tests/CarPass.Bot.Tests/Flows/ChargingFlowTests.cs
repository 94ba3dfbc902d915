using System.Net.Http.Headers;
using System.Text.Json;
using CarPass.Bot.Tests.Fake;
using CarPass.Bot.Tests.Support;
using CarPass.Domain.Vehicles;
using Microsoft.EntityFrameworkCore;

namespace CarPass.Bot.Tests.Flows;

public sealed class ChargingFlowTests : IAsyncLifetime
{
    private const long Owner = 651;
    private BotWorld _world = null!;
    private Guid _car;

    public async Task InitializeAsync()
    {
        _world = await BotWorld.StartAsync();
        _car = await AddCarAsync(Owner, "Leaf", "Electric");
    }

    public async Task DisposeAsync() => await _world.DisposeAsync();

    /// <summary>The add-vehicle flow with every optional step skipped but the fuel type, tapped on its button.</summary>
    private async Task<Guid> AddCarAsync(long owner, string name, string fuelButton, string language = "en")
    {
        var skip = language == "ru" ? "Пропустить" : "Skip";
        await _world.SayAsync(owner, "/add", language);
        var prompt = await _world.SayAsync(owner, name, language);
        for (var step = 0; step < 5; step++)
            prompt = await _world.TapAsync(owner, prompt, skip, language);
        prompt = await _world.SayAsync(owner, "50000", language);
        await _world.TapAsync(owner, prompt, fuelButton, language);
        return await _world.DbAsync(db => db.Vehicles.Where(v => v.Name == name).Select(v => v.Id).SingleAsync());
    }

    /// <summary>Answers /charge up to the odometer question: the kWh, no price, the levels (null skips one), the place.</summary>
    private async Task<SentMessage> ChargeUpToOdometerAsync(string kwh, string? before, string? after, string place)
    {
        await _world.SayAsync(Owner, "/charge");
        var prompt = await _world.SayAsync(Owner, kwh);
        prompt = await _world.TapAsync(Owner, prompt, "Skip");
        prompt = before is null ? await _world.TapAsync(Owner, prompt, "Skip") : await _world.SayAsync(Owner, before);
        prompt = after is null ? await _world.TapAsync(Owner, prompt, "Skip") : await _world.SayAsync(Owner, after);
        return await _world.TapAsync(Owner, prompt, place);
    }

    private Task<int> SessionsAsync() => _world.DbAsync(db => db.ChargingSessions.CountAsync());

    [Fact]
    public async Task A_charging_session_is_logged_with_buttons_and_its_odometer_joins_the_history()
    {
        var odometer = await ChargeUpToOdometerAsync("42,5", "20", "80", "Fast charger");

        var saved = await _world.SayAsync(Owner, "50 300");

        Assert.Contains("42.5 kWh", saved.Text);
        var session = await _world.DbAsync(db => db.ChargingSessions.SingleAsync());
        Assert.Equal(
            (_car, 42.5, (long?)null, 20, 80, ChargingPlace.Fast, 50_300),
            (
                session.VehicleId,
                session.Kwh,
                session.TotalPriceMinor,
                session.SocBefore!.Value,
                session.SocAfter!.Value,
                session.Place,
                session.OdometerKm!.Value
            )
        );
        Assert.Contains("Odometer", odometer.Text);
        Assert.Equal(1, await _world.DbAsync(db => db.OdometerReadings.CountAsync(r => r.ValueKm == 50_300)));
    }

    [Theory]
    [InlineData("300", "from 0.1 to 250")]
    [InlineData("abc", "number")]
    public async Task Impossible_energy_gets_a_clear_answer_and_nothing_is_saved(string typed, string expected)
    {
        await _world.SayAsync(Owner, "/charge");

        var answer = await _world.SayAsync(Owner, typed);

        Assert.Contains(expected, answer.Text);
        Assert.Equal(0, await SessionsAsync());
    }

    [Fact]
    public async Task A_charge_level_after_below_the_one_before_is_asked_again_and_nothing_is_saved()
    {
        var odometer = await ChargeUpToOdometerAsync("30", "80", "20", "Home");

        var refused = await _world.TapAsync(Owner, odometer, "Skip");

        Assert.Contains("cannot be lower than before", refused.Text);
        Assert.Equal(0, await SessionsAsync());
    }

    [Fact]
    public async Task The_vehicle_menu_of_an_electric_car_offers_charging_instead_of_fuel_and_a_plug_in_hybrid_offers_both()
    {
        var hybrid = await AddCarAsync(Owner, "Outlander", "Plug-in hybrid");

        var leaf = await _world.SayAsync(Owner, "/garage");
        var electricMenu = await _world.TapAsync(Owner, leaf, "Leaf");
        var garage = await _world.SayAsync(Owner, "/garage");
        var hybridMenu = await _world.TapAsync(Owner, garage, "Outlander");

        Assert.Equal(
            FuelType.PluginHybrid,
            await _world.DbAsync(db => db.Vehicles.Where(v => v.Id == hybrid).Select(v => v.FuelType).SingleAsync())
        );
        Assert.Contains(electricMenu.Buttons, b => b.Text == "Charging");
        Assert.DoesNotContain(electricMenu.Buttons, b => b.Text == "Fuel");
        Assert.Contains(hybridMenu.Buttons, b => b.Text == "Charging");
        Assert.Contains(hybridMenu.Buttons, b => b.Text == "Fuel");
    }

    [Fact]
    public async Task A_reminder_for_an_electric_car_offers_no_oil_change_but_brake_fluid_and_coolant()
    {
        var garage = await _world.SayAsync(Owner, "/garage");
        var menu = await _world.TapAsync(Owner, garage, "Leaf");

        var kinds = await _world.TapAsync(Owner, menu, "Reminder");

        Assert.DoesNotContain(kinds.Buttons, b => b.Text is "Engine oil" or "Oil filter" or "Spark plugs");
        Assert.Contains(kinds.Buttons, b => b.Text == "Brake fluid");
        Assert.Contains(kinds.Buttons, b => b.Text == "Coolant");
        Assert.Contains(kinds.Buttons, b => b.Text == "Cabin filter");
    }

    [Fact]
    public async Task The_fuel_log_item_of_an_electric_car_opens_the_charging_flow()
    {
        var asked = await _world.SayAsync(Owner, $"/start fix_fuel_entry_{_car:N}");

        Assert.Contains("How many kWh", asked.Text);
    }

    [Fact]
    public async Task A_russian_speaker_logs_a_charge_in_russian()
    {
        const long russian = 652;
        await AddCarAsync(russian, "Зеекр", "Электро", "ru");

        var asked = await _world.SayAsync(russian, "/charge", "ru");
        var price = await _world.SayAsync(russian, "12,5", "ru");
        var soc = await _world.TapAsync(russian, price, "Пропустить", "ru");
        soc = await _world.TapAsync(russian, soc, "Пропустить", "ru");
        var place = await _world.TapAsync(russian, soc, "Пропустить", "ru");
        var odometer = await _world.TapAsync(russian, place, "Дома", "ru");
        var saved = await _world.TapAsync(russian, odometer, "Пропустить", "ru");

        Assert.Contains("Сколько кВт·ч", asked.Text);
        Assert.Contains("Где заряжались", place.Text);
        Assert.Contains("12,5 кВт·ч", saved.Text);
    }

    [Fact]
    public async Task The_whole_story_two_charges_in_the_bot_are_the_consumption_and_timeline_the_api_shows()
    {
        foreach (var (kwh, km) in new[] { ("40", "50100"), ("30", "50300") })
        {
            await ChargeUpToOdometerAsync(kwh, null, null, "Home");
            await _world.SayAsync(Owner, km);
        }
        using var client = _world.Host.CreateClient();
        var initData = Notifications.SignedInitData.For(
            FakeBotApi.Token,
            Owner,
            _world.Service<TimeProvider>().GetUtcNow().ToUnixTimeSeconds()
        );
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("tma", initData);

        var score = await JsonAsync(client, $"/api/my/vehicles/{_car}/score");
        var timeline = await JsonAsync(client, $"/api/my/vehicles/{_car}/timeline");

        Assert.Equal(15.0, score.GetProperty("consumption").GetProperty("kwh_per_100km").GetDouble());
        Assert.Equal(
            [30.0, 40.0],
            timeline
                .GetProperty("items")
                .EnumerateArray()
                .Where(i => i.GetProperty("type").GetString() == "charging")
                .Select(i => i.GetProperty("kwh").GetDouble())
        );
        Assert.DoesNotContain(
            score.GetProperty("missing_items").EnumerateArray(),
            m => m.GetProperty("code").GetString() == "fuel_entry"
        );
    }

    private static async Task<JsonElement> JsonAsync(HttpClient client, string path)
    {
        var response = await client.GetAsync(path);
        response.EnsureSuccessStatusCode();
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }
}
