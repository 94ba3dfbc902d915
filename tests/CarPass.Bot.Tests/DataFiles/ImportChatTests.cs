using System.Text;
using CarPass.Bot.Routing;
using CarPass.Bot.Tests.Support;
using CarPass.Data.Import;
using CarPass.Data.Timeline;
using CarPass.Domain.Texts;
using Microsoft.EntityFrameworkCore;

namespace CarPass.Bot.Tests.DataFiles;

public sealed class ImportChatTests : IAsyncLifetime
{
    private const long Owner = 7201;
    private BotWorld _world = null!;

    public async Task InitializeAsync() => _world = await BotWorld.StartAsync();

    public async Task DisposeAsync() => await _world.DisposeAsync();

    private static string Text(Language language, string key, params object[] args) =>
        Html.Escape(TextCatalog.Get(language, key, args)).Markup;

    [Fact]
    public async Task A_lubelogger_fuel_file_is_checked_then_imported_with_one_tap_as_self_reported_records()
    {
        var car = await _world.AddCarAsync(Owner, "Golf", 50_000);
        var before = await DataFileWorld.RecordsAsync(_world);

        var check = await _world.FileAsync(Owner, DataFileWorld.Sample("lubelogger-fuel.csv"), "Fuel.csv", "text/csv");
        var afterCheck = await DataFileWorld.RecordsAsync(_world);
        var done = await _world.TapAsync(Owner, check, "Import 4");

        Assert.Contains("LubeLogger fuel file for «Golf»", check.Text);
        Assert.Contains("Rows found: 4", check.Text);
        Assert.Contains("Will be imported: 4", check.Text);
        Assert.Contains("Duplicates skipped: 0", check.Text);
        Assert.Equal(before, afterCheck);
        Assert.Contains("Imported 4 records into «Golf»", done.Text);
        Assert.Equal(4, await _world.DbAsync(db => db.FuelEntries.CountAsync(f => f.VehicleId == car)));
        var timeline = await _world.Service<TimelineReader>().ReadAsync(await OwnerIdAsync(), car, null, 50, default);
        Assert.Equal(4, timeline!.Entries.Count(e => e.Type == TimelineEntryType.Fuel));
        Assert.DoesNotContain(timeline.Entries, e => e.Type == TimelineEntryType.VisitConfirmed);
    }

    [Fact]
    public async Task Cancel_after_the_check_changes_nothing_and_a_second_tap_on_import_finds_nothing_waiting()
    {
        await _world.AddCarAsync(Owner, "Golf", 50_000);
        var before = await DataFileWorld.RecordsAsync(_world);

        var check = await _world.FileAsync(
            Owner,
            DataFileWorld.Sample("lubelogger-odometer.csv"),
            "odo.csv",
            "text/csv"
        );
        var cancelled = await _world.TapAsync(Owner, check, "Cancel");
        var late = await _world.TapAsync(Owner, check, "Import");

        Assert.Contains("Import cancelled", cancelled.Text);
        Assert.Contains("no longer waiting", late.Text);
        Assert.Equal(before, await DataFileWorld.RecordsAsync(_world));
    }

    [Fact]
    public async Task With_several_vehicles_the_owner_picks_one_and_a_duplicate_file_is_said_to_have_nothing_new()
    {
        await _world.AddCarAsync(Owner, "Golf", 50_000);
        var vesta = await _world.AddCarAsync(Owner, "Vesta", 50_000);
        var file = DataFileWorld.Sample("fuelly-metric.csv");

        var pick = await _world.FileAsync(Owner, file, "fuelly.csv", "text/csv");
        var check = await _world.TapAsync(Owner, pick, "Vesta");
        await _world.TapAsync(Owner, check, "Import 3");
        var again = await _world.FileAsync(Owner, file, "fuelly.csv", "text/csv");
        var secondCheck = await _world.TapAsync(Owner, again, "Vesta");

        Assert.Contains("Which vehicle is this Fuelly fuel file for?", pick.Text);
        Assert.Equal(3, await _world.DbAsync(db => db.FuelEntries.CountAsync(f => f.VehicleId == vesta)));
        Assert.Contains("Duplicates skipped: 3", secondCheck.Text);
        Assert.DoesNotContain(secondCheck.Buttons, b => b.Text.StartsWith("✅"));
    }

    [Theory]
    [InlineData("en")]
    [InlineData("ru")]
    public async Task An_unknown_file_is_answered_in_the_owners_language_and_changes_nothing(string language)
    {
        await _world.AddCarAsync(Owner, "Golf", 50_000, language);
        var before = await DataFileWorld.RecordsAsync(_world);

        var answer = await _world.FileAsync(Owner, Encoding.UTF8.GetBytes("a,b\n1,2\n"), "x.csv", "text/csv", language);

        Assert.Contains(Text(Languages.FromCode(language), "error.import_unknown_format"), answer.Text);
        Assert.Equal(before, await DataFileWorld.RecordsAsync(_world));
    }

    public static TheoryData<string, byte[], string> BadFiles() =>
        new()
        {
            {
                "broken.csv",
                Encoding.UTF8.GetBytes("Date,Odometer,FuelConsumed\n1/2/2024,\"100,5\n"),
                "error.import_malformed"
            },
            { "binary.csv", [0x44, 0x61, 0x74, 0x65, 0x00, 0x01, 0x02, 0x98, 0xFF], "error.import_encoding" },
            {
                "bomb.zip",
                DataFileWorld.Zip("fuel.csv", new byte[ImportLimits.MaxUnpackedBytes * 3]),
                "error.import_archive"
            },
            { "empty.csv", Encoding.UTF8.GetBytes("Date,Odometer,FuelConsumed\n"), "error.import_empty" },
        };

    [Theory]
    [MemberData(nameof(BadFiles))]
    public async Task A_bad_file_gets_its_reason_and_changes_nothing(string name, byte[] content, string key)
    {
        await _world.AddCarAsync(Owner, "Golf", 50_000);
        var before = await DataFileWorld.RecordsAsync(_world);

        var answer = await _world.FileAsync(Owner, content, name, "application/octet-stream");

        Assert.Contains(Text(Language.En, key), answer.Text);
        Assert.Equal(before, await DataFileWorld.RecordsAsync(_world));
    }

    [Fact]
    public async Task A_file_announced_over_the_limit_is_refused_before_any_download()
    {
        await _world.AddCarAsync(Owner, "Golf", 50_000);

        var answer = await _world.AnnouncedFileAsync(Owner, ImportLimits.MaxFileBytes + 1, "text/csv");

        Assert.Contains(Text(Language.En, "error.import_too_large", ImportLimits.MaxFileBytes / 1024), answer.Text);
        Assert.Equal(0, _world.Api.CountCalls("getFile"));
    }

    [Fact]
    public async Task Rows_with_ambiguous_dates_or_formulas_in_numbers_are_listed_as_rejected_and_the_rest_imports()
    {
        var car = await _world.AddCarAsync(Owner, "Golf", 50_000);
        var file = Encoding.UTF8.GetBytes(
            "Date,InitialOdometer,Odometer,Notes,Tags\n1/5/2024,39800,39800,,\n2/2/2024,40350,40350,,\n2/2/2024,0,=1+1,,\n"
        );

        var check = await _world.FileAsync(Owner, file, "odo.csv", "text/csv");
        var done = await _world.TapAsync(Owner, check, "Import 1");

        Assert.Contains("Rejected: 2", check.Text);
        Assert.Contains("row 2: the date «1/5/2024» could be day/month or month/day", check.Text);
        Assert.Contains("row 4: «=1+1» in column odometer is not a number", check.Text);
        Assert.Contains("Imported 1 record", done.Text);
        Assert.Equal(
            [40_350],
            await _world.DbAsync(db =>
                db.OdometerReadings.Where(r => r.VehicleId == car && r.RecordedAt.Year == 2024)
                    .Select(r => r.ValueKm)
                    .ToListAsync()
            )
        );
    }

    [Fact]
    public async Task Whole_story_a_lubelogger_service_history_comes_in_self_reported_and_goes_out_again_in_the_export()
    {
        var car = await _world.AddCarAsync(Owner, "Golf", 50_000);

        var check = await _world.FileAsync(
            Owner,
            DataFileWorld.Sample("lubelogger-service.csv"),
            "service.csv",
            "text/csv"
        );
        await _world.TapAsync(Owner, check, "Import 3");
        var timeline = await _world.Service<TimelineReader>().ReadAsync(await OwnerIdAsync(), car, null, 50, default);
        var format = await _world.SayAsync(Owner, "/export");
        await _world.TapAsync(Owner, format, "CSV");
        await _world.NextAsync(Owner);

        Assert.Equal(3, timeline!.Entries.Count(e => e.Type == TimelineEntryType.Service));
        Assert.Contains(timeline.Entries, e => e.Type == TimelineEntryType.Service && e.Code == "engine_oil");
        Assert.DoesNotContain(
            timeline.Entries,
            e => e.Type is TimelineEntryType.VisitConfirmed or TimelineEntryType.Visit
        );
        var service = Encoding.UTF8.GetString(
            DataFileWorld.Unzip(Assert.Single(_world.Api.Documents).Content)["service.csv"]
        );
        Assert.Contains("Oil change — Mobil 1 5W-30 4.5 L", service);
        Assert.Contains("Brake pads front", service);
        Assert.Contains("\"'=HYPERLINK(", service);
        Assert.Equal(3, service.Split("self_reported").Length - 1);
    }

    private Task<Guid> OwnerIdAsync() =>
        _world.DbAsync(db => db.Users.Where(u => u.TelegramId == Owner).Select(u => u.Id).SingleAsync());
}
