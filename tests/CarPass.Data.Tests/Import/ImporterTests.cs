using System.IO.Compression;
using System.Text;
using CarPass.Data.Import;
using CarPass.Data.Tests.Support;
using CarPass.Domain.Common;
using CarPass.Domain.Maintenance;
using Microsoft.EntityFrameworkCore;

namespace CarPass.Data.Tests.Import;

public sealed class ImporterTests : IAsyncLifetime
{
    private TestDatabase _db = null!;

    public async Task InitializeAsync() => _db = await TestDatabase.CreateAsync();

    public async Task DisposeAsync() => await _db.DisposeAsync();

    private static ParsedImport Parse(byte[] file) =>
        ImportParser.Parse(file) is { IsSuccess: true } parsed
            ? parsed.Value!
            : throw new Xunit.Sdk.XunitException($"not parsed: {ImportParser.Parse(file).Error}");

    private static string? Refusal(byte[] file) => ImportParser.Parse(file).Error?.Code;

    private Task<Dictionary<string, long>> RowsAsync() => _db.CountAllRowsAsync();

    [Fact]
    public async Task A_lubelogger_fuel_file_is_checked_without_a_trace_then_imported_whole_as_self_reported_fills()
    {
        var (owner, car) = await Garage.OwnerWithCarAsync(_db);
        var imports = _db.Get<ImportUseCases>();
        var parsed = Parse(Samples.Read("lubelogger-fuel.csv"));
        var before = await RowsAsync();

        var check = (await imports.PreviewAsync(owner.Id, car.Id, parsed, default)).Ok();
        var afterCheck = await RowsAsync();
        var done = (await imports.ImportAsync(owner.Id, car.Id, parsed, check.Imported, default)).Ok();
        var again = await imports.PreviewAsync(owner.Id, car.Id, parsed, default);

        Assert.Equal(ImportFormat.LubeLoggerFuel, parsed.Format);
        Assert.Equal((4, 4, 0, 0), (check.RowsFound, check.Imported, check.Duplicates, check.Rejected.Count));
        Assert.Equal(before, afterCheck);
        Assert.Equal(4, done.Imported);
        var fills = await _db.ScalarAsync(db => db.FuelEntries.OrderBy(f => f.FilledAt).ToListAsync());
        Assert.Equal([42.5, 40.1, 20.0, 38.7], fills.Select(f => f.Litres));
        Assert.Equal(new DateTime(2024, 3, 16, 0, 0, 0, DateTimeKind.Utc), fills[1].FilledAt);
        Assert.Equal(233_050, fills[1].TotalPriceMinor);
        Assert.False(fills[2].IsFullTank);
        Assert.All(fills, f => Assert.Equal(owner.Id, f.CreatedByUserId));
        var readings = await _db.ScalarAsync(db =>
            db.OdometerReadings.Where(r => r.RecordedAt.Year == 2024).ToListAsync()
        );
        Assert.Equal(4, readings.Count);
        Assert.All(readings, r => Assert.Equal(Domain.Vehicles.OdometerSource.Owner, r.Source));
        Assert.Equal(1, await _db.ScalarAsync(db => db.AuditLog.CountAsync(a => a.Action == "import.applied")));
        Assert.Equal((0, 4), (again.Value!.Imported, again.Value.Duplicates));
        Assert.Equal(
            ImportErrorCodes.NothingToImport,
            (await imports.ImportAsync(owner.Id, car.Id, parsed, 0, default)).Error?.Code
        );
    }

    [Fact]
    public async Task A_row_the_odometer_rules_refuse_is_rejected_with_their_reason_and_the_rest_imports()
    {
        var (owner, car) = await Garage.OwnerWithCarAsync(_db);
        var file = Encoding.UTF8.GetBytes(
            "Date,InitialOdometer,Odometer,Notes,Tags\n1/5/2024,39800,39800,,\n1/28/2024,40350,40350,,\n1/29/2024,90350,90350,typo,\n"
        );

        var report = (await _db.Get<ImportUseCases>().PreviewAsync(owner.Id, car.Id, Parse(file), default)).Ok();

        Assert.Equal(2, report.Imported);
        var rejected = Assert.Single(report.Rejected);
        Assert.Equal(4, rejected.Line);
        Assert.StartsWith("odometer_", rejected.Reason.Code);
    }

    [Fact]
    public async Task A_russian_windows_1251_file_with_day_first_dates_and_decimal_commas_reads_right()
    {
        var (owner, car) = await Garage.OwnerWithCarAsync(_db);
        var parsed = Parse(Samples.Read("lubelogger-service-ru-cp1251.csv"));

        var report = (await _db.Get<ImportUseCases>().ImportAsync(owner.Id, car.Id, parsed, 2, default)).Ok();

        Assert.Equal(2, report.Imported);
        var services = await _db.ScalarAsync(db => db.ServiceEntries.OrderBy(s => s.PerformedAt).ToListAsync());
        Assert.Equal(new DateTime(2024, 1, 5, 0, 0, 0, DateTimeKind.Utc), services[0].PerformedAt);
        Assert.Equal(ServiceKind.EngineOil, services[0].Kind);
        Assert.Equal("Замена масла — Масло Лукойл Люкс", services[0].Note);
        Assert.Equal(ServiceKind.BrakePads, services[1].Kind);
        Assert.Equal(820_050, services[1].CostMinor);
    }

    [Fact]
    public void Fuelly_dates_are_month_first_and_a_partial_fill_is_not_full()
    {
        var parsed = Parse(Samples.Read("fuelly-metric.csv"));

        Assert.Equal(ImportFormat.Fuelly, parsed.Format);
        Assert.Equal(
            [new DateTime(2024, 5, 4), new DateTime(2024, 5, 18), new DateTime(2024, 6, 1)],
            parsed.Rows.Select(r => r.Date)
        );
        Assert.Equal([true, true, false], parsed.Rows.Select(r => r.Fuel!.IsFullTank));
        Assert.Equal(257_188, parsed.Rows[0].Fuel!.TotalPriceMinor); // 45.2 l × 56.9 per litre
        Assert.Equal(43_400, parsed.Rows[0].Fuel!.OdometerKm);
    }

    [Fact]
    public void Slashed_dates_that_could_be_either_way_are_rejected_as_ambiguous_not_guessed()
    {
        var parsed = Parse(Samples.Read("lubelogger-odometer-ambiguous.csv"));

        Assert.DoesNotContain(parsed.Rows, r => r.Date.Day != r.Date.Month);
        var ambiguous = Assert.Single(parsed.Unreadable);
        Assert.Equal(ImportErrorCodes.DateAmbiguous, ambiguous.Reason.Code);
        Assert.Equal("1/5/2024", ambiguous.Reason.Args[0]);
    }

    [Theory]
    [InlineData("2024-03-31", 2024, 3, 31)]
    [InlineData("31.03.2024", 2024, 3, 31)]
    [InlineData("31.03.2024 0:00:00", 2024, 3, 31)]
    [InlineData("3/31/2024 12:00:00 AM", 2024, 3, 31)]
    [InlineData("31/03/2024", 2024, 3, 31)]
    public void Dates_in_the_usual_culture_formats_are_read(string value, int year, int month, int day)
    {
        var (date, error) = ImportDates.For([value], null).Parse(value);

        Assert.Null(error);
        Assert.Equal(new DateTime(year, month, day, 0, 0, 0, DateTimeKind.Utc), date);
    }

    [Fact]
    public void A_formula_in_a_number_cell_rejects_the_row_and_in_a_text_cell_is_kept_as_text()
    {
        var file = Encoding.UTF8.GetBytes(
            "Date,Description,Cost,Notes,Odometer,Tags\n1/20/2024,Oil change,=1+1,,40100,\n1/21/2024,\"=cmd|' /C calc'!A0\",100,,40200,\n"
        );

        var parsed = Parse(file);

        var rejected = Assert.Single(parsed.Unreadable);
        Assert.Equal((2, ImportErrorCodes.NumberInvalid), (rejected.Line, rejected.Reason.Code));
        Assert.Equal("=cmd|' /C calc'!A0", Assert.Single(parsed.Rows).Service!.Note);
    }

    [Fact]
    public void Bad_files_are_refused_whole_with_a_reason()
    {
        Assert.Equal(ImportErrorCodes.UnknownFormat, Refusal(Encoding.UTF8.GetBytes("a,b,c\n1,2,3\n")));
        Assert.Equal(ImportErrorCodes.Empty, Refusal(Encoding.UTF8.GetBytes("Date,Odometer,FuelConsumed\n")));
        Assert.Equal(
            ImportErrorCodes.Malformed,
            Refusal(Encoding.UTF8.GetBytes("Date,Odometer,FuelConsumed\n1/2/2024,\"100,5\n"))
        );
        Assert.Equal(ImportErrorCodes.TooLarge, Refusal(new byte[ImportLimits.MaxFileBytes + 1]));
        Assert.Equal(ImportErrorCodes.Encoding, Refusal([0x44, 0x61, 0x74, 0x65, 0x00, 0x01, 0x02, 0x98, 0xFF]));
        var many = new StringBuilder("Date,InitialOdometer,Odometer\n");
        for (var i = 0; i <= ImportLimits.MaxRows; i++)
            many.Append("2024-01-01,1,1\n");
        Assert.Equal(ImportErrorCodes.TooManyRows, Refusal(Encoding.UTF8.GetBytes(many.ToString())));
    }

    [Fact]
    public void A_zip_with_one_csv_is_read_and_a_zip_bomb_or_a_crowded_archive_is_refused()
    {
        var inZip = Zip(("fuel.csv", Samples.Read("lubelogger-fuel.csv")));
        var bomb = Zip(("fuel.csv", new byte[ImportLimits.MaxUnpackedBytes * 4]));
        var crowded = Zip([
            .. Enumerable.Range(0, ImportLimits.MaxZipEntries + 1).Select(i => ($"{i}.csv", new byte[1])),
        ]);

        Assert.True(bomb.Length < ImportLimits.MaxFileBytes, "the bomb is small when packed");
        Assert.Equal(ImportFormat.LubeLoggerFuel, Parse(inZip).Format);
        Assert.Equal(ImportErrorCodes.Archive, Refusal(bomb));
        Assert.Equal(ImportErrorCodes.Archive, Refusal(crowded));
    }

    [Fact]
    public async Task When_the_passport_changed_after_the_check_nothing_is_imported()
    {
        var (owner, car) = await Garage.OwnerWithCarAsync(_db);
        var imports = _db.Get<ImportUseCases>();
        var parsed = Parse(Samples.Read("lubelogger-odometer.csv"));
        var check = (await imports.PreviewAsync(owner.Id, car.Id, parsed, default)).Ok();
        (await _db.Get<Odometer.OdometerUseCases>().LogAsync(owner.Id, car.Id, 50_100, false, default)).Ok();
        await _db.WriteElsewhereAsync(
            "UPDATE odometer_readings SET recorded_at = '2024-01-28 00:00:00' WHERE value_km = 50100"
        );
        var before = await RowsAsync();

        var outcome = await imports.ImportAsync(owner.Id, car.Id, parsed, check.Imported, default);

        Assert.Equal(3, check.Imported);
        Assert.Equal(ImportErrorCodes.Changed, outcome.Error?.Code);
        Assert.Equal(before, await RowsAsync());
    }

    [Fact]
    public async Task Someone_elses_vehicle_is_refused_as_missing()
    {
        var (_, car) = await Garage.OwnerWithCarAsync(_db);
        var stranger = await _db.UserAsync(4242);

        var outcome = await _db.Get<ImportUseCases>()
            .PreviewAsync(stranger.Id, car.Id, Parse(Samples.Read("lubelogger-odometer.csv")), default);

        Assert.Equal(ErrorCodes.VehicleNotFound, outcome.Error?.Code);
    }

    private static byte[] Zip(params (string Name, byte[] Content)[] files)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
            foreach (var (name, content) in files)
            {
                using var entry = zip.CreateEntry(name, CompressionLevel.SmallestSize).Open();
                entry.Write(content);
            }
        return buffer.ToArray();
    }
}
