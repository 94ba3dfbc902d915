using System.IO.Compression;
using System.Net;
using System.Text.Json;
using CarPass.Host.Tests.Api;
using CsvHelper;

namespace CarPass.Host.Tests.Export;

public sealed class ExportApiTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    [Fact]
    public async Task The_owner_downloads_every_car_as_a_zip_of_csv_files_with_a_readme()
    {
        using var client = api.ClientFor(ApiFixture.Owner);

        var response = await client.GetAsync("/api/my/export");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/zip", response.Content.Headers.ContentType?.MediaType);
        Assert.EndsWith(
            ".zip",
            response.Content.Headers.ContentDisposition?.FileNameStar
                ?? response.Content.Headers.ContentDisposition?.FileName?.Trim('"')
        );
        using var zip = new ZipArchive(await response.Content.ReadAsStreamAsync(), ZipArchiveMode.Read);
        Assert.Contains(zip.Entries, e => e.FullName == "README.md");
        var vehicles = VehicleIds(zip.GetEntry("vehicles.csv")!);
        Assert.Equal(new[] { api.CamryId, api.VestaId }.Order(), vehicles.Order());
    }

    [Fact]
    public async Task One_car_as_json_holds_that_car_only()
    {
        using var client = api.ClientFor(ApiFixture.Owner);

        var response = await client.GetAsync($"/api/my/vehicles/{api.CamryId}/export?format=json");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var vehicle = Assert.Single(json.RootElement.GetProperty("vehicles").EnumerateArray());
        Assert.Equal(api.CamryId, vehicle.GetProperty("vehicle_id").GetGuid());
        Assert.All(
            json.RootElement.GetProperty("visits").EnumerateArray(),
            v => Assert.Equal(api.CamryId, v.GetProperty("vehicle_id").GetGuid())
        );
        Assert.Contains(
            json.RootElement.GetProperty("visits").EnumerateArray(),
            v => v.GetProperty("provenance").GetString() == "service_confirmed"
        );
    }

    [Fact]
    public async Task A_stranger_gets_an_empty_export_and_404_for_the_owners_car()
    {
        using var client = api.ClientFor(ApiFixture.Stranger);

        var all = await client.GetAsync("/api/my/export?format=json");
        var car = await client.GetAsync($"/api/my/vehicles/{api.CamryId}/export");

        using var json = JsonDocument.Parse(await all.Content.ReadAsStringAsync());
        Assert.Equal(0, json.RootElement.GetProperty("vehicles").GetArrayLength());
        Assert.Equal(0, json.RootElement.GetProperty("visits").GetArrayLength());
        Assert.Equal(HttpStatusCode.NotFound, car.StatusCode);
    }

    [Fact]
    public async Task An_unknown_format_is_a_400_problem()
    {
        using var client = api.ClientFor(ApiFixture.Owner);

        var response = await client.GetAsync("/api/my/export?format=xlsx");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("format_invalid", await response.Content.ReadAsStringAsync());
    }

    private static List<Guid> VehicleIds(ZipArchiveEntry entry)
    {
        using var stream = entry.Open();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        using var reader = CsvReader.Create(copy.ToArray(), new CsvReaderOptions { Separator = ',' });
        var ids = new List<Guid>();
        while (reader.Read())
            ids.Add(Guid.Parse(reader.GetString("vehicle_id")));
        return ids;
    }
}
