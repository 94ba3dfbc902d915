using System.Net.Http.Headers;
using System.Text.Json;
using CarPass.Bot.Routing;
using CarPass.Bot.Tests.Fake;
using CarPass.Bot.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace CarPass.Bot.Tests.Flows;

public sealed class VinProposalFlowTests : IAsyncLifetime
{
    private const long Owner = 511;
    private const string ToyotaVin = "JTDKN3DU0A0231040"; // Toyota, model year 2010
    private const string HyundaiVin = "KMHD141BP7U000001"; // Hyundai, model year 2007
    private BotWorld _world = null!;

    public async Task InitializeAsync() => _world = await BotWorld.StartAsync();

    public async Task DisposeAsync() => await _world.DisposeAsync();

    /// <summary>/add with a name, an optional make and year, and a VIN; every other step skipped.</summary>
    private async Task<SentMessage> AddAsync(
        string name,
        string? make,
        string? year,
        string vin,
        string language = "en"
    )
    {
        var skip = language == "ru" ? "Пропустить" : "Skip";
        var prompt = await _world.SayAsync(Owner, "/add", language);
        prompt = await _world.SayAsync(Owner, name, language);
        prompt = make is null
            ? await _world.TapAsync(Owner, prompt, skip, language)
            : await _world.SayAsync(Owner, make, language);
        prompt = await _world.TapAsync(Owner, prompt, skip, language);
        prompt = year is null
            ? await _world.TapAsync(Owner, prompt, skip, language)
            : await _world.SayAsync(Owner, year, language);
        prompt = await _world.SayAsync(Owner, vin, language);
        prompt = await _world.TapAsync(Owner, prompt, skip, language);
        prompt = await _world.TapAsync(Owner, prompt, skip, language);
        return await _world.TapAsync(Owner, prompt, skip, language);
    }

    private Task<(string? Make, int? Year)> CarAsync() =>
        _world.DbAsync(db =>
            db.Vehicles.OrderBy(v => v.CreatedAt).Select(v => ValueTuple.Create(v.Make, v.Year)).FirstAsync()
        );

    private Task<int> VehicleUpdatesAsync() =>
        _world.DbAsync(db => db.AuditLog.CountAsync(a => a.Action == "vehicle.updated"));

    [Fact]
    public async Task A_typed_vin_proposes_make_and_year_and_one_tap_writes_them_audited()
    {
        var done = await AddAsync("Family car", null, null, ToyotaVin);
        var proposal = await _world.NextAsync(Owner);

        Assert.Contains("Vehicle added", done.Text);
        Assert.Contains("By the VIN, this is Toyota, 2010 — correct?", proposal.Text);
        Assert.Equal((null, null), await CarAsync());

        var saved = await _world.TapAsync(Owner, proposal, "Yes, Toyota, 2010");

        Assert.Contains("Saved from the VIN: Toyota, 2010", saved.Text);
        Assert.Equal(proposal.MessageId, saved.MessageId);
        Assert.Equal(("Toyota", 2010), await CarAsync());
        Assert.Equal(1, await VehicleUpdatesAsync());
    }

    [Fact]
    public async Task Skipping_the_proposal_writes_nothing()
    {
        await AddAsync("Family car", null, null, ToyotaVin);
        var proposal = await _world.NextAsync(Owner);

        var skipped = await _world.TapAsync(Owner, proposal, "Skip");

        Assert.Contains("keeps what you entered", skipped.Text);
        Assert.Equal((null, null), await CarAsync());
        Assert.Equal(0, await VehicleUpdatesAsync());
    }

    [Fact]
    public async Task A_make_the_vin_contradicts_is_shown_and_kept_unless_the_owner_taps_to_replace_it()
    {
        await AddAsync("Mine", "Kia", "2007", HyundaiVin);
        var proposal = await _world.NextAsync(Owner);

        Assert.Contains("You entered Kia; the VIN says Hyundai.", proposal.Text);
        Assert.Equal(("Kia", 2007), await CarAsync());

        var kept = await _world.TapAsync(Owner, proposal, "Keep mine");
        Assert.Contains("keeps what you entered", kept.Text);
        Assert.Equal(("Kia", 2007), await CarAsync());

        var replaced = await _world.TapAsync(Owner, proposal, "Write Hyundai");
        Assert.Contains("Saved from the VIN: Hyundai", replaced.Text);
        Assert.Equal(("Hyundai", 2007), await CarAsync());
    }

    [Fact]
    public async Task A_vin_edited_in_the_vehicle_details_proposes_too_and_a_year_mismatch_is_shown()
    {
        await AddAsync("Old Lada", "Lada", "2015", "XTA210930Y2696785");
        var first = await _world.NextAsync(Owner);
        Assert.Contains("You entered 2015; the VIN's model year is 2000.", first.Text);

        var garage = await _world.SayAsync(Owner, "/garage");
        var menu = await _world.TapAsync(Owner, garage, "Old Lada");
        var field = await _world.TapAsync(Owner, menu, "Vehicle details");
        await _world.TapAsync(Owner, field, "VIN");
        var saved = await _world.SayAsync(Owner, ToyotaVin);
        var proposal = await _world.NextAsync(Owner);

        Assert.Contains("Saved: VIN", saved.Text);
        Assert.Contains("You entered Lada; the VIN says Toyota.", proposal.Text);
        Assert.Contains("You entered 2015; the VIN's model year is 2010.", proposal.Text);
        await _world.TapAsync(Owner, proposal, "Write Toyota, 2010");
        Assert.Equal(("Toyota", 2010), await CarAsync());
    }

    [Fact]
    public async Task A_vin_that_agrees_with_the_passport_or_names_no_known_maker_and_no_year_asks_nothing()
    {
        var done = await AddAsync("Camry", "toyota", "2011", ToyotaVin);
        var next = await _world.SayAsync(Owner, "/garage");
        var unknownMaker = await AddAsync("Coach", null, "2019", "1M8GDM9AXKP042788");
        var afterUnknown = await _world.SayAsync(Owner, "/garage");

        Assert.Contains("Vehicle added", done.Text);
        Assert.Contains("Camry", next.Text); // the garage, with no question before it
        Assert.Contains("Vehicle added", unknownMaker.Text);
        Assert.Contains("Coach", afterUnknown.Text);
        Assert.DoesNotContain(_world.Api.Sent, m => m.Text.Contains("By the VIN"));
    }

    [Fact]
    public async Task The_proposal_speaks_russian_to_a_russian_owner()
    {
        await AddAsync("Семейная", null, null, ToyotaVin, "ru");
        var proposal = await _world.NextAsync(Owner);

        Assert.Contains("По VIN это Toyota, 2010 — верно?", proposal.Text);
        var saved = await _world.TapAsync(Owner, proposal, "Да, Toyota, 2010", "ru");
        Assert.Contains("Записано по VIN: Toyota, 2010", saved.Text);
    }

    [Fact]
    public async Task An_out_of_date_or_forged_tap_changes_nothing()
    {
        await AddAsync("Family car", null, null, ToyotaVin);
        var proposal = await _world.NextAsync(Owner);
        var vehicle = await _world.DbAsync(db => db.Vehicles.Select(v => v.Id).SingleAsync());
        var answered = _world.Api.CountCalls("answerCallbackQuery");

        _world.Tap(
            Owner,
            proposal,
            CallbackData.Build(CallbackData.VinDecode, CallbackData.Id(vehicle), "JTD1999", "y")
        );
        _world.Tap(Owner, proposal, CallbackData.Build(CallbackData.VinDecode, "not-an-id", "JTD2010", "y"));
        _world.Tap(
            Owner,
            proposal,
            CallbackData.Build(CallbackData.VinDecode, CallbackData.Id(vehicle), "JTD2010", "maybe")
        );
        await _world.Api.WaitForAsync(_ => _world.Api.CountCalls("answerCallbackQuery") >= answered + 3 ? "" : null);

        Assert.Equal(3, _world.Api.CallbackNotices.Count(n => n.Contains("out of date")));
        Assert.Equal((null, null), await CarAsync());
        Assert.Equal(0, await VehicleUpdatesAsync());
    }

    [Fact]
    public async Task The_whole_story_a_vin_typed_in_the_bot_and_accepted_is_what_the_passport_api_shows()
    {
        await AddAsync("Family car", null, null, ToyotaVin);
        var proposal = await _world.NextAsync(Owner);
        await _world.TapAsync(Owner, proposal, "Yes, Toyota, 2010");
        var vehicle = await _world.DbAsync(db => db.Vehicles.Select(v => v.Id).SingleAsync());
        using var client = _world.Host.CreateClient();
        var initData = Notifications.SignedInitData.For(
            Fake.FakeBotApi.Token,
            Owner,
            _world.Service<TimeProvider>().GetUtcNow().ToUnixTimeSeconds()
        );
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("tma", initData);

        var response = await client.GetAsync($"/api/my/vehicles/{vehicle}/score");

        response.EnsureSuccessStatusCode();
        var score = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(("Toyota", 2010), (score.GetProperty("make").GetString(), score.GetProperty("year").GetInt32()));
        var decoded = score.GetProperty("vin_decoded");
        Assert.Equal(
            ("JTD", "Toyota", "JP", 2010),
            (
                decoded.GetProperty("wmi").GetString(),
                decoded.GetProperty("maker").GetString(),
                decoded.GetProperty("country").GetString(),
                decoded.GetProperty("model_year").GetInt32()
            )
        );
        Assert.Equal([1980, 2010], decoded.GetProperty("model_years").EnumerateArray().Select(y => y.GetInt32()));
        Assert.DoesNotContain(ToyotaVin, score.GetRawText());
    }
}
