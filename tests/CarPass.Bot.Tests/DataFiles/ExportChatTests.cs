using System.Text;
using System.Text.Json;
using CarPass.Bot.Tests.Support;
using CsvHelper;

namespace CarPass.Bot.Tests.DataFiles;

public sealed class ExportChatTests : IAsyncLifetime
{
    private const long Owner = 7101;
    private BotWorld _world = null!;

    public async Task InitializeAsync() => _world = await BotWorld.StartAsync();

    public async Task DisposeAsync() => await _world.DisposeAsync();

    [Fact]
    public async Task Export_asks_for_the_vehicle_and_format_and_sends_a_zip_of_csv_tables_as_a_document()
    {
        var golf = await _world.AddCarAsync(Owner, "Golf", 50_000);
        await _world.AddCarAsync(Owner, "Vesta", 20_000);

        var pick = await _world.SayAsync(Owner, "/export");
        var format = await _world.TapAsync(Owner, pick, "Golf");
        var ready = await _world.TapAsync(Owner, format, "CSV");
        var sent = await _world.NextAsync(Owner);

        Assert.Contains("All vehicles", string.Join("|", pick.Buttons.Select(b => b.Text)));
        Assert.Contains("Your export is below", ready.Text);
        Assert.Equal("sendDocument", sent.Method);
        Assert.Contains("«Golf»", sent.Text);
        var document = Assert.Single(_world.Api.Documents);
        Assert.EndsWith(".zip", document.FileName);
        var files = DataFileWorld.Unzip(document.Content);
        Assert.Contains("README.md", files.Keys);
        using var vehicles = CsvReader.Create(files["vehicles.csv"], new CsvReaderOptions { Separator = ',' });
        Assert.True(vehicles.Read());
        Assert.Equal(golf, Guid.Parse(vehicles.GetString("vehicle_id")));
        Assert.False(vehicles.Read());
    }

    [Fact]
    public async Task Export_of_all_vehicles_as_json_in_russian()
    {
        await _world.AddCarAsync(Owner, "Гольф", 50_000, "ru");
        await _world.AddCarAsync(Owner, "Веста", 20_000, "ru");

        var pick = await _world.SayAsync(Owner, "/export", "ru");
        var format = await _world.TapAsync(Owner, pick, "Все автомобили", "ru");
        await _world.TapAsync(Owner, format, "JSON", "ru");
        var sent = await _world.NextAsync(Owner);

        Assert.Contains("все ваши автомобили", sent.Text);
        using var json = JsonDocument.Parse(Encoding.UTF8.GetString(Assert.Single(_world.Api.Documents).Content));
        Assert.Equal(2, json.RootElement.GetProperty("vehicles").GetArrayLength());
    }

    [Fact]
    public async Task Someone_without_a_vehicle_is_told_there_is_nothing_to_export()
    {
        var answer = await _world.SayAsync(Owner, "/export");

        Assert.Contains("nothing to export", answer.Text);
        Assert.Empty(_world.Api.Documents);
    }
}
