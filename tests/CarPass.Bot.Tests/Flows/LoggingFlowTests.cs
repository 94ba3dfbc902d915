using CarPass.Bot.Tests.Support;
using CarPass.Data.Passports;
using CarPass.Domain.Maintenance;
using Microsoft.EntityFrameworkCore;

namespace CarPass.Bot.Tests.Flows;

public sealed class LoggingFlowTests : IAsyncLifetime
{
    private const long Owner = 601;
    private BotWorld _world = null!;
    private Guid _car;

    public async Task InitializeAsync()
    {
        _world = await BotWorld.StartAsync();
        _car = await _world.AddCarAsync(Owner, "Golf", 50_000);
    }

    public async Task DisposeAsync() => await _world.DisposeAsync();

    [Fact]
    public async Task Mileage_is_saved_and_the_passport_is_shown_again()
    {
        await _world.SayAsync(Owner, "/mileage");

        var saved = await _world.SayAsync(Owner, "51 200");

        Assert.Contains("51\u00A0200 km", saved.Text);
        Assert.Contains("Passport quality", saved.Text);
        Assert.Equal(
            51_200,
            await _world.DbAsync(db =>
                db.Vehicles.Where(v => v.Id == _car).Select(v => v.CurrentOdometerKm).SingleAsync()
            )
        );
    }

    [Theory]
    [InlineData("abc", "whole number")]
    [InlineData("-5", "between 0 and 2,000,000")]
    [InlineData("49000", "less than the last trusted reading (50\u00A0000 km)")]
    public async Task Bad_mileage_gets_a_clear_answer_and_changes_nothing(string typed, string expected)
    {
        await _world.SayAsync(Owner, "/mileage");

        var answer = await _world.SayAsync(Owner, typed);

        Assert.Contains(expected, answer.Text);
        Assert.Equal(1, await _world.DbAsync(db => db.OdometerReadings.CountAsync()));
    }

    [Fact]
    public async Task An_implausible_jump_is_kept_only_when_the_owner_insists_and_then_stays_untrusted()
    {
        await _world.SayAsync(Owner, "/mileage");
        var question = await _world.SayAsync(Owner, "150000");
        Assert.Contains("100\u00A0000 km more", question.Text);
        Assert.Equal(1, await _world.DbAsync(db => db.OdometerReadings.CountAsync()));

        var kept = await _world.TapAsync(Owner, question, "Keep");

        Assert.Contains("unconfirmed", kept.Text);
        var reading = await _world.DbAsync(db => db.OdometerReadings.SingleAsync(r => r.ValueKm == 150_000));
        Assert.True(reading.IsFlagged);
        Assert.Equal(50_000, await _world.DbAsync(db => db.Vehicles.Select(v => v.CurrentOdometerKm).SingleAsync()));
    }

    [Fact]
    public async Task Retyping_after_an_implausible_jump_asks_for_the_mileage_again()
    {
        await _world.SayAsync(Owner, "/mileage");
        var question = await _world.SayAsync(Owner, "150000");

        var again = await _world.TapAsync(Owner, question, "Type again");
        var saved = await _world.SayAsync(Owner, "50500");

        Assert.Contains("type the odometer again", again.Text);
        Assert.Contains("50\u00A0500 km", saved.Text);
    }

    [Fact]
    public async Task A_fill_up_accepts_a_decimal_comma_and_spaces()
    {
        await _world.SayAsync(Owner, "/fuel");
        await _world.SayAsync(Owner, "42,5");
        await _world.SayAsync(Owner, "2 450,90");
        var fill = await _world.SayAsync(Owner, "50 400");

        var saved = await _world.TapAsync(Owner, fill, "Partial");

        Assert.Contains("42.5 l", saved.Text);
        var entry = await _world.DbAsync(db => db.FuelEntries.SingleAsync());
        Assert.Equal(
            (42.5, 245_090L, 50_400, false),
            (entry.Litres, entry.TotalPriceMinor!.Value, entry.OdometerKm!.Value, entry.IsFullTank)
        );
    }

    [Fact]
    public async Task A_price_that_could_be_read_two_ways_is_asked_back_and_nothing_is_stored_until_it_is_clear()
    {
        await _world.SayAsync(Owner, "/fuel");
        await _world.SayAsync(Owner, "45,67");

        var asked = await _world.SayAsync(Owner, "1,500");
        var stillAsked = await _world.SayAsync(Owner, "12.000");
        var fill = await _world.SayAsync(Owner, "1500");
        fill = await _world.SayAsync(Owner, "50 400");
        await _world.TapAsync(Owner, fill, "Partial");

        Assert.Contains("«1,500» could mean 1.5 or 1500", asked.Text);
        Assert.Contains("«12.000» could mean 12 or 12000", stillAsked.Text);
        var entry = await _world.DbAsync(db => db.FuelEntries.SingleAsync());
        Assert.Equal((45.67, 150_000L), (entry.Litres, entry.TotalPriceMinor!.Value));
    }

    [Fact]
    public async Task A_russian_speaker_is_asked_back_with_decimal_commas()
    {
        const long russian = 602;
        await _world.AddCarAsync(russian, "Лада", 10_000, "ru");
        await _world.SayAsync(russian, "/fuel", "ru");

        var asked = await _world.SayAsync(russian, "1,500", "ru");

        Assert.Contains("«1,500» можно понять и как 1,5, и как 1500", asked.Text);
        Assert.Equal(0, await _world.DbAsync(db => db.FuelEntries.CountAsync()));
    }

    [Fact]
    public async Task A_self_reported_service_with_a_note_is_stored_verbatim_and_shown_escaped()
    {
        var kind = await _world.SayAsync(Owner, "/service");
        var date = await _world.TapAsync(Owner, kind, "Engine oil");
        var km = await _world.TapAsync(Owner, date, "Today");
        await _world.SayAsync(Owner, "50100");
        var saved = await _world.SayAsync(Owner, "<b>Castrol</b> & filter");

        Assert.Contains("Service saved: Engine oil", saved.Text);
        Assert.Equal(
            "<b>Castrol</b> & filter",
            await _world.DbAsync(db => db.ServiceEntries.Select(s => s.Note).SingleAsync())
        );
        Assert.DoesNotContain("<b>Castrol", saved.Text);
    }

    [Fact]
    public async Task Vehicle_buttons_show_the_name_as_typed_never_escaped()
    {
        await _world.AddCarAsync(Owner, "Tom & Jerry <2>", 20_000);

        var pick = await _world.SayAsync(Owner, "/service");

        Assert.Contains("Tom & Jerry <2>", pick.Buttons.Select(b => b.Text));
        Assert.Contains("Golf", pick.Buttons.Select(b => b.Text));
    }

    [Fact]
    public async Task A_reminder_by_kilometres_and_months_is_saved()
    {
        var kind = await _world.SayAsync(Owner, "/start");
        var menu = await _world.TapAsync(Owner, kind, "Garage");
        var vehicle = await _world.TapAsync(Owner, menu, "Golf");
        var prompt = await _world.TapAsync(Owner, vehicle, "Reminder");
        prompt = await _world.TapAsync(Owner, prompt, "Engine oil");
        await _world.SayAsync(Owner, "10000");
        await _world.SayAsync(Owner, "12");
        prompt = await _world.SayAsync(Owner, "01.03.2026");
        var saved = await _world.SayAsync(Owner, "45000");

        Assert.Contains("Reminder saved", saved.Text);
        var reminder = await _world.DbAsync(db => db.MaintenanceReminders.SingleAsync());
        Assert.Equal(
            (ServiceKind.EngineOil, 10_000, 12, 45_000),
            (reminder.Kind, reminder.IntervalKm!.Value, reminder.IntervalMonths!.Value, reminder.LastDoneKm!.Value)
        );
        // A past day is its midday where the owner lives (Europe/Moscow until they choose a zone).
        Assert.Equal(new DateTime(2026, 3, 1, 9, 0, 0, DateTimeKind.Utc), reminder.LastDoneAt);
    }

    [Fact]
    public async Task The_passport_in_the_chat_shows_the_same_numbers_as_the_shared_reader()
    {
        var owner = await _world.DbAsync(db => db.Users.SingleAsync(u => u.TelegramId == Owner));
        var view = await _world.Service<PassportReader>().VehicleAsync(owner.Id, _car, default);

        var passport = await _world.SayAsync(Owner, "/passport");

        Assert.Contains($"Passport quality: {view!.Passport.Completeness.Score} %", passport.Text);
        Assert.Contains(
            $"trusted records {view.Passport.History.TrustedRecords} of {view.Passport.History.TotalRecords}",
            passport.Text
        );
        Assert.Equal(view.NextActions.Count, passport.Buttons.Count(b => b.CallbackData!.StartsWith("n:")));
    }

    [Fact]
    public async Task A_next_action_button_opens_the_flow_that_fills_the_item()
    {
        var passport = await _world.SayAsync(Owner, "/passport");

        var vinPrompt = await _world.TapAsync(Owner, passport, "VIN");
        var saved = await _world.SayAsync(Owner, "JTNB11HK003079841");

        Assert.Contains("VIN", vinPrompt.Text);
        Assert.Contains("Saved: VIN", saved.Text);
        Assert.Equal("JTNB11HK003079841", await _world.DbAsync(db => db.Vehicles.Select(v => v.Vin).SingleAsync()));
    }
}
