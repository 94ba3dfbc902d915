using System.Text;
using CarPass.Data.Documents;
using CarPass.Data.Fuel;
using CarPass.Data.Import;
using CarPass.Data.Odometer;
using CarPass.Data.Scores;
using CarPass.Data.Service;
using CarPass.Data.Tests.Support;
using CarPass.Data.Users;
using CarPass.Data.Vehicles;
using CarPass.Domain.Documents;
using CarPass.Domain.Maintenance;
using CarPass.Domain.Vehicles;
using static CarPass.Data.Tests.Passports.ReadModel;

namespace CarPass.Data.Tests.Passports;

/// <summary>
/// A write that only adds readings or fill-ups brings the vehicle's kept snapshot forward instead of
/// reading its history under the write lock (<see cref="KeptHistories"/>). What it brings forward must
/// be what a fresh read of the records gives, and only a snapshot kept for the stored version counts.
/// </summary>
public sealed class KeptHistoriesTests : IAsyncLifetime
{
    private TestDatabase _db = null!;
    private User _owner = null!;
    private Vehicle _car = null!;

    public async Task InitializeAsync()
    {
        _db = await TestDatabase.CreateAsync();
        (_owner, _car) = await Garage.OwnerWithCarAsync(_db);
    }

    public async Task DisposeAsync() => await _db.DisposeAsync();

    [Fact]
    public async Task Forty_mixed_readings_and_fill_ups_leave_the_kept_snapshot_and_passport_equal_to_a_fresh_read()
    {
        var random = new Random(20261207);
        var km = 50_000;
        var refused = 0;
        for (var step = 0; step < 40; step++)
        {
            _db.Clock.Advance(TimeSpan.FromHours(random.Next(1, 90)));
            var now = _db.Clock.GetUtcNow().UtcDateTime;
            km += random.Next(0, 900);
            var outcome = random.Next(4) switch
            {
                0 => (await _db.Get<OdometerUseCases>().LogAsync(_owner.Id, _car.Id, km, false, default)).Error,
                // below the highest trusted reading: refused, and nothing may be brought forward by it
                1 => (await _db.Get<OdometerUseCases>().LogAsync(_owner.Id, _car.Id, km - 5_000, false, default)).Error,
                2 => (
                    await _db.Get<FuelUseCases>()
                        .LogAsync(
                            _owner.Id,
                            _car.Id,
                            new FuelDraft(20 + random.Next(30), OdometerKm: km, IsFullTank: random.Next(3) > 0),
                            default
                        )
                ).Error,
                _ => (
                    await _db.Get<FuelUseCases>()
                        .LogAsync(
                            _owner.Id,
                            _car.Id,
                            new FuelDraft(15 + random.Next(30), FilledAt: now.AddDays(-random.Next(0, 3))),
                            default
                        )
                ).Error,
            };
            if (outcome is not null)
                refused++;

            await AssertCurrentAsync(_db, _owner.Id, _car.Id);
            AssertSameRecords(await FreshSnapshotAsync(), await KeptAtStoredVersionAsync());
        }
        Assert.InRange(refused, 1, 30);
    }

    [Fact]
    public async Task A_fill_up_brings_the_kept_history_forward_and_a_service_entry_reads_it_afresh()
    {
        await _db.WriteElsewhereAsync("UPDATE odometer_readings SET value_km = 50500");

        (await _db.Get<FuelUseCases>().LogAsync(_owner.Id, _car.Id, new FuelDraft(40), default)).Ok();
        var brought = await KeptAtStoredVersionAsync();
        (
            await _db.Get<ServiceEntryUseCases>()
                .LogAsync(_owner.Id, _car.Id, new ServiceDraft(ServiceKind.EngineOil), default)
        ).Ok();
        var read = await KeptAtStoredVersionAsync();

        // The fill-up's snapshot is the one before it plus the fill: the reading changed behind the
        // product's back is not re-read. The service entry is not only an addition, so it reads afresh.
        Assert.Equal(50_000, Assert.Single(brought.OdometerReadings).ValueKm);
        Assert.Single(brought.FuelEntries);
        Assert.Equal(50_500, Assert.Single(read.OdometerReadings).ValueKm);
        AssertSameRecords(await FreshSnapshotAsync(), read);
    }

    [Fact]
    public async Task A_fill_up_the_day_after_the_policy_lapsed_brings_the_lapse_forward_too()
    {
        var lastValidDay = TestDatabase.Start.Date.AddDays(3);
        (
            await _db.Get<DocumentUseCases>()
                .AddAsync(
                    _owner.Id,
                    _car.Id,
                    new DocumentDraft(DocumentKind.Osago, "XXX 0123454821", lastValidDay),
                    default
                )
        ).Ok();
        (await _db.Get<FuelUseCases>().LogAsync(_owner.Id, _car.Id, new FuelDraft(40), default)).Ok();
        Assert.False((await KeptAtStoredVersionAsync()).InsuranceLapsed);

        _db.Clock.SetUtcNow(lastValidDay.AddDays(1).AddHours(9));
        (await _db.Get<FuelUseCases>().LogAsync(_owner.Id, _car.Id, new FuelDraft(35), default)).Ok();

        Assert.True((await KeptAtStoredVersionAsync()).InsuranceLapsed);
        await AssertCurrentAsync(_db, _owner.Id, _car.Id);
        AssertSameRecords(await FreshSnapshotAsync(), await KeptAtStoredVersionAsync());
    }

    [Fact]
    public async Task The_odometer_step_checks_against_kept_readings_only_while_the_stored_version_names_them()
    {
        await _db.WriteElsewhereAsync("UPDATE odometer_readings SET value_km = 50500");
        var kept = await _db.Get<OdometerReader>().ForEditorAsync(_owner.Id, _car.Id, default);

        await _db.WriteElsewhereAsync(
            $"UPDATE vehicle_scores SET version = '{Guid.NewGuid().ToString().ToUpperInvariant()}'"
        );
        var read = await _db.Get<OdometerReader>().ForEditorAsync(_owner.Id, _car.Id, default);

        Assert.Equal(50_000, Assert.Single(kept!).ValueKm);
        Assert.Equal(50_500, Assert.Single(read!).ValueKm);
    }

    [Fact]
    public async Task An_imports_later_rows_are_checked_against_its_earlier_rows_not_the_kept_history()
    {
        _db.Clock.Advance(TimeSpan.FromDays(10));
        var file = Encoding.UTF8.GetBytes(
            "Date,InitialOdometer,Odometer,Notes,Tags\n6/20/2026,50800,50800,,\n6/21/2026,50300,50300,,\n"
        );
        var parsed = ImportParser.Parse(file).Value!;

        var check = (await _db.Get<ImportUseCases>().PreviewAsync(_owner.Id, _car.Id, parsed, default)).Ok();
        var done = (await _db.Get<ImportUseCases>().ImportAsync(_owner.Id, _car.Id, parsed, 1, default)).Ok();

        Assert.Equal((1, 1), (check.Imported, done.Imported));
        Assert.Equal(3, Assert.Single(done.Rejected).Line);
        await AssertCurrentAsync(_db, _owner.Id, _car.Id);
        AssertSameRecords(await FreshSnapshotAsync(), await KeptAtStoredVersionAsync());
    }

    private async Task<VehicleSnapshot> FreshSnapshotAsync() =>
        (await _db.Get<SnapshotReader>().ReadVehicleAsync(_car.Id, _db.Clock.GetUtcNow().UtcDateTime, default))!;

    private async Task<VehicleSnapshot> KeptAtStoredVersionAsync()
    {
        var kept = _db.Get<KeptHistories>().Find(_car.Id, await VersionAsync(_db, _car.Id));
        Assert.NotNull(kept);
        return kept;
    }

    /// <summary>The same records, in any order: the scoring library orders what it needs, a read has no order.</summary>
    private static void AssertSameRecords(VehicleSnapshot expected, VehicleSnapshot actual)
    {
        Assert.Equal(
            expected with
            {
                OdometerReadings = [],
                FuelEntries = [],
            },
            actual with
            {
                OdometerReadings = [],
                FuelEntries = [],
            },
            SnapshotScalars.Instance
        );
        Assert.Equal(Sorted(expected.OdometerReadings), Sorted(actual.OdometerReadings));
        Assert.Equal(Sorted(expected.FuelEntries), Sorted(actual.FuelEntries));
    }

    private static List<T> Sorted<T>(IEnumerable<T> records) => [.. records.OrderBy(r => r!.ToString())];

    /// <summary>Equal profiles and flags, and equal record lists element by element.</summary>
    private sealed class SnapshotScalars : IEqualityComparer<VehicleSnapshot>
    {
        public static readonly SnapshotScalars Instance = new();

        public bool Equals(VehicleSnapshot? x, VehicleSnapshot? y) =>
            x!.VehicleId == y!.VehicleId
            && x.Profile == y.Profile
            && x.HasOwner == y.HasOwner
            && x.ObdConnected == y.ObdConnected
            && x.InsuranceLapsed == y.InsuranceLapsed
            && x.InsuranceExpiresOn == y.InsuranceExpiresOn
            && x.ServiceEntries.SequenceEqual(y.ServiceEntries)
            && x.Visits.SequenceEqual(y.Visits)
            && x.Reminders.SequenceEqual(y.Reminders)
            && x.ChargingSessions.SequenceEqual(y.ChargingSessions);

        public int GetHashCode(VehicleSnapshot obj) => obj.VehicleId.GetHashCode();
    }
}
