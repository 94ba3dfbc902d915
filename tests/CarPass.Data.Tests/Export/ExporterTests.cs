using System.Globalization;
using System.Text.Json;
using CarPass.Data.Access;
using CarPass.Data.Charging;
using CarPass.Data.Documents;
using CarPass.Data.Export;
using CarPass.Data.Fuel;
using CarPass.Data.Ownership;
using CarPass.Data.Service;
using CarPass.Data.Tests.Support;
using CarPass.Data.Tyres;
using CarPass.Data.Vehicles;
using CarPass.Domain.Documents;
using CarPass.Domain.Maintenance;
using CarPass.Domain.Tyres;
using CarPass.Domain.Vehicles;
using Microsoft.EntityFrameworkCore;

namespace CarPass.Data.Tests.Export;

public sealed class ExporterTests : IAsyncLifetime
{
    private const string Formula = "=HYPERLINK(\"http://evil\";\"click\")";
    private TestDatabase _db = null!;

    public async Task InitializeAsync() => _db = await TestDatabase.CreateAsync();

    public async Task DisposeAsync() => await _db.DisposeAsync();

    private DateTime Now => _db.Clock.GetUtcNow().UtcDateTime;

    private Task<ExportBundle?> ExportAsync(Guid userId, Guid? vehicleId = null) =>
        _db.Get<ExportReader>().ReadAsync(userId, vehicleId, Now, default);

    [Fact]
    public async Task The_csv_files_read_back_with_csvhelper_equal_the_stored_records()
    {
        var (owner, car) = await Garage.OwnerWithCarAsync(_db);
        _db.Clock.Advance(TimeSpan.FromDays(3));
        (
            await _db.Get<FuelUseCases>()
                .LogAsync(
                    owner.Id,
                    car.Id,
                    new FuelDraft(41.37, 245_050, "RUB", 50_420, FilledAt: Now.AddHours(-5)),
                    default
                )
        ).Ok();
        (
            await _db.Get<ServiceEntryUseCases>()
                .LogAsync(
                    owner.Id,
                    car.Id,
                    new ServiceDraft(
                        ServiceKind.EngineOil,
                        OdometerKm: 50_500,
                        Note: "Mobil 1, «ОК»",
                        CostMinor: 7_000_00,
                        Currency: "RUB"
                    ),
                    default
                )
        ).Ok();

        var file = ExportWriter.Write((await ExportAsync(owner.Id))!, ExportFormat.Zip);
        var files = ExportFiles.Unzip(file.Content);

        var storedFuel = await _db.ScalarAsync(db => db.FuelEntries.SingleAsync());
        var fuel = Assert.Single(ExportFiles.Rows(files["fuel.csv"]));
        Assert.Equal(storedFuel.Id, Guid.Parse(fuel["id"]));
        Assert.Equal(car.Id, Guid.Parse(fuel["vehicle_id"]));
        Assert.Equal(
            storedFuel.FilledAt,
            DateTime.Parse(fuel["filled_at"], CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind)
        );
        Assert.Equal(
            DateTimeKind.Utc,
            DateTime.Parse(fuel["filled_at"], CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind).Kind
        );
        Assert.Equal(storedFuel.Litres, double.Parse(fuel["litres"], CultureInfo.InvariantCulture));
        Assert.Equal("41.37", fuel["litres"]);
        Assert.Equal(storedFuel.TotalPriceMinor, long.Parse(fuel["total_price_minor"], CultureInfo.InvariantCulture));
        Assert.Equal(storedFuel.OdometerKm, int.Parse(fuel["odometer_km"], CultureInfo.InvariantCulture));
        Assert.Equal("True", fuel["full_tank"]);
        Assert.Equal("self_reported", fuel["provenance"]);

        var storedService = await _db.ScalarAsync(db => db.ServiceEntries.SingleAsync());
        var service = Assert.Single(ExportFiles.Rows(files["service.csv"]));
        Assert.Equal(storedService.Id, Guid.Parse(service["id"]));
        Assert.Equal("engine_oil", service["kind"]);
        Assert.Equal(storedService.Note, service["note"]);
        Assert.Equal(storedService.CostMinor, long.Parse(service["cost_minor"], CultureInfo.InvariantCulture));

        var storedReadings = await _db.ScalarAsync(db => db.OdometerReadings.OrderBy(r => r.RecordedAt).ToListAsync());
        var readings = ExportFiles.Rows(files["odometer.csv"]);
        Assert.Equal(
            storedReadings.Select(r => (r.Id, r.ValueKm, r.IsTrusted)),
            readings.Select(r =>
                (Guid.Parse(r["id"]), int.Parse(r["value_km"], CultureInfo.InvariantCulture), r["trusted"] == "True")
            )
        );

        var vehicle = Assert.Single(ExportFiles.Rows(files["vehicles.csv"]));
        Assert.Equal(("Golf", "Volkswagen", "2018"), (vehicle["name"], vehicle["make"], vehicle["year"]));
    }

    [Fact]
    public async Task A_cell_a_spreadsheet_would_run_as_a_formula_is_written_as_text()
    {
        var (owner, car) = await Garage.OwnerWithCarAsync(_db);
        foreach (var note in new[] { Formula, "+7 999", "-1", "@SUM(A1)", "\tcmd" })
            (
                await _db.Get<ServiceEntryUseCases>()
                    .LogAsync(owner.Id, car.Id, new ServiceDraft(ServiceKind.Other, Note: "x" + note), default)
            ).Ok();
        await _db.WriteElsewhereAsync($"UPDATE service_entries SET note = substr(note, 2)");

        var files = ExportFiles.Unzip(ExportWriter.Write((await ExportAsync(owner.Id))!, ExportFormat.Zip).Content);
        var notes = ExportFiles.Rows(files["service.csv"]).Select(r => r["note"]).ToList();

        Assert.Equal(5, notes.Count);
        Assert.All(notes, n => Assert.StartsWith("'", n));
        Assert.Contains("'" + Formula, notes);
        Assert.DoesNotContain(
            notes,
            n => n.StartsWith('=') || n.StartsWith('+') || n.StartsWith('-') || n.StartsWith('@')
        );
    }

    [Fact]
    public async Task Another_owners_vehicles_and_records_are_never_in_an_export()
    {
        var (owner, car) = await Garage.OwnerWithCarAsync(_db);
        var (other, otherCar) = await Garage.OwnerWithCarAsync(_db, telegramId: 1002);
        (
            await _db.Get<FuelUseCases>()
                .LogAsync(other.Id, otherCar.Id, new FuelDraft(30, OdometerKm: 50_300), default)
        ).Ok();

        var mine = (await ExportAsync(owner.Id))!;
        var json = JsonSerializer.Serialize(mine);

        Assert.Equal([car.Id], mine.Vehicles.Select(v => v.VehicleId));
        Assert.DoesNotContain(otherCar.Id.ToString(), json);
        Assert.Empty(mine.Fuel);
        Assert.Null(await ExportAsync(owner.Id, otherCar.Id));
    }

    [Fact]
    public async Task After_a_sale_the_seller_exports_nothing_of_the_car_and_the_buyer_gets_its_history_without_the_sellers_notes()
    {
        var (seller, car) = await Garage.OwnerWithCarAsync(_db);
        (
            await _db.Get<ServiceEntryUseCases>()
                .LogAsync(seller.Id, car.Id, new ServiceDraft(ServiceKind.EngineOil, Note: "paid cash"), default)
        ).Ok();
        var buyer = await _db.UserAsync(55);
        var ownership = _db.Get<OwnershipUseCases>();
        var offer = (await ownership.OfferAsync(seller.Id, car.Id, default)).Ok().Transfer;
        (await ownership.AcceptAsync(buyer.Id, offer.Code, default)).Ok();
        _db.Clock.Advance(TimeSpan.FromDays(1));
        (await _db.Get<FuelUseCases>().LogAsync(buyer.Id, car.Id, new FuelDraft(40, OdometerKm: 50_600), default)).Ok();

        var sellers = (await ExportAsync(seller.Id))!;
        var buyers = (await ExportAsync(buyer.Id))!;

        Assert.Empty(sellers.Vehicles);
        Assert.Empty(sellers.Fuel);
        Assert.Empty(sellers.Odometer);
        Assert.Null(await ExportAsync(seller.Id, car.Id));
        Assert.Equal([car.Id], buyers.Vehicles.Select(v => v.VehicleId));
        Assert.Single(buyers.Fuel);
        Assert.Null(Assert.Single(buyers.Service).Note);
    }

    [Fact]
    public async Task Charging_documents_and_tyres_go_out_with_the_car_and_documents_and_tyres_only_to_its_owner()
    {
        var (owner, car) = await Garage.OwnerWithCarAsync(_db);
        var coOwner = await _db.UserAsync(2002);
        (
            await _db.Get<VehicleUseCases>()
                .UpdateAsync(owner.Id, car.Id, new VehicleChanges(FuelType: FuelType.Electric), default)
        ).Ok();
        var session = (
            await _db.Get<ChargingUseCases>()
                .LogAsync(
                    owner.Id,
                    car.Id,
                    new ChargingDraft(42.5, ChargingPlace.Fast, 1_250_00, "RUB", 20, 80, 50_300),
                    default
                )
        ).Ok();
        var policy = (
            await _db.Get<DocumentUseCases>()
                .AddAsync(
                    owner.Id,
                    car.Id,
                    new DocumentDraft(
                        DocumentKind.Osago,
                        "XXX 0123456789",
                        Now.Date.AddMonths(8),
                        PhotoFileId: "photo"
                    ),
                    default
                )
        ).Ok();
        var winter = (
            await _db.Get<TyreUseCases>()
                .AddAsync(owner.Id, car.Id, new TyreDraft(TyreSeason.Winter, "205/55 R16", true, Now.Date), default)
        ).Ok();
        await _db.ScalarAsync(async db =>
        {
            db.VehicleAccessGrants.Add(
                new VehicleAccessGrant
                {
                    VehicleId = car.Id,
                    UserId = coOwner.Id,
                    Role = AccessRole.CoOwner,
                    GrantedByUserId = owner.Id,
                    GrantedAt = Now,
                }
            );
            return await db.SaveChangesAsync();
        });

        var bundle = (await ExportAsync(owner.Id))!;
        var files = ExportFiles.Unzip(ExportWriter.Write(bundle, ExportFormat.Zip).Content);
        using var json = JsonDocument.Parse(ExportWriter.Write(bundle, ExportFormat.Json).Content);
        var coOwners = (await ExportAsync(coOwner.Id, car.Id))!;

        var charging = Assert.Single(ExportFiles.Rows(files["charging.csv"]));
        Assert.Equal(session.Id, Guid.Parse(charging["id"]));
        Assert.Equal(
            ("42.5", "125000", "RUB", "20", "80", "fast", "50300", "self_reported"),
            (
                charging["kwh"],
                charging["total_price_minor"],
                charging["currency"],
                charging["soc_before"],
                charging["soc_after"],
                charging["place"],
                charging["odometer_km"],
                charging["provenance"]
            )
        );
        var document = Assert.Single(ExportFiles.Rows(files["documents.csv"]));
        Assert.Equal(policy.Id, Guid.Parse(document["id"]));
        Assert.Equal(
            ("osago", "XXX 0123456789", "True"),
            (document["kind"], document["number"], document["has_photo"])
        );
        Assert.Equal(
            policy.ExpiresOn,
            DateTime.Parse(document["expires_on"], CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind)
        );
        Assert.DoesNotContain("photo", files.Keys);
        var tyres = Assert.Single(ExportFiles.Rows(files["tyres.csv"]));
        Assert.Equal(winter.Id, Guid.Parse(tyres["id"]));
        Assert.Equal(("winter", "205/55 R16", "True"), (tyres["season"], tyres["size"], tyres["studded"]));
        Assert.Equal(
            [policy.Id.ToString(), winter.Id.ToString(), session.Id.ToString()],
            new[] { "documents", "tyres", "charging" }.Select(name =>
                Assert.Single(json.RootElement.GetProperty(name).EnumerateArray()).GetProperty("id").GetString()
            )
        );
        Assert.Equal([session.Id], coOwners.Charging.Select(c => c.Id));
        Assert.Empty(coOwners.Documents);
        Assert.Empty(coOwners.Tyres);
    }

    [Fact]
    public async Task Every_column_of_every_file_is_described_in_the_readme_and_the_json_holds_the_same_records()
    {
        var (owner, car) = await Garage.OwnerWithCarAsync(_db);
        (await _db.Get<FuelUseCases>().LogAsync(owner.Id, car.Id, new FuelDraft(40, OdometerKm: 50_600), default)).Ok();
        var bundle = (await ExportAsync(owner.Id))!;

        var files = ExportFiles.Unzip(ExportWriter.Write(bundle, ExportFormat.Zip).Content);
        var readme = ExportFiles.Text(files[ExportWriter.ReadmeFile]);
        using var json = JsonDocument.Parse(ExportWriter.Write(bundle, ExportFormat.Json).Content);

        Assert.Equal(ExportTables.All.Select(t => t.File).Append(ExportWriter.ReadmeFile).Order(), files.Keys.Order());
        foreach (var table in ExportTables.All)
        {
            Assert.Contains($"## {table.File}", readme);
            foreach (var column in ExportFiles.Header(files[table.File]))
                Assert.Contains($"| `{column}` |", readme);
            Assert.All(table.Rows(bundle), row => Assert.Equal(table.Columns.Count, row.Length));
        }
        Assert.Equal(1, json.RootElement.GetProperty("version").GetInt32());
        var fuel = Assert.Single(json.RootElement.GetProperty("fuel").EnumerateArray());
        Assert.Equal(40, fuel.GetProperty("litres").GetDouble());
        Assert.Equal(bundle.Odometer.Count, json.RootElement.GetProperty("odometer").GetArrayLength());
    }
}
