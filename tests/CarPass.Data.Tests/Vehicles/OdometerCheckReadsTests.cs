using CarPass.Data.Odometer;
using CarPass.Data.Scores;
using CarPass.Data.Tests.Support;
using CarPass.Data.WritePath;
using CarPass.Domain.Common;
using CarPass.Domain.Vehicles;

namespace CarPass.Data.Tests.Vehicles;

/// <summary>
/// A write checks a new reading against the two readings the odometer rules decide by (the highest
/// trusted one until its moment, the lowest trusted one after it), not the car's whole history: the
/// answer must be the one the whole history gives, for every value and moment.
/// </summary>
public sealed class OdometerCheckReadsTests : IAsyncLifetime
{
    private TestDatabase _db = null!;

    public async Task InitializeAsync() => _db = await TestDatabase.CreateAsync();

    public async Task DisposeAsync() => await _db.DisposeAsync();

    [Fact]
    public async Task The_two_readings_read_give_the_whole_historys_answer_for_any_value_and_moment()
    {
        var (_, car) = await Garage.OwnerWithCarAsync(_db, odometerKm: null);
        var random = new Random(20261207);
        var start = TestDatabase.Start.AddYears(-2);
        // A car driven about 1.2 km an hour over two years, with a little noise, some readings untrusted,
        // and a few repeated values and moments, so ties are decided as the rules decide them.
        var hours = Enumerable.Range(0, 60).Select(_ => random.Next(17_000)).Order().ToList();
        var history = new List<OdometerReading>();
        for (var i = 0; i < hours.Count; i++)
            history.Add(
                new OdometerReading
                {
                    VehicleId = car.Id,
                    ValueKm = i % 7 == 6 ? history[i - 1].ValueKm : KmAt(hours[i]) + random.Next(-300, 300),
                    RecordedAt = i % 5 == 4 ? history[i - 1].RecordedAt : start.AddHours(hours[i]),
                    Source = OdometerSource.Owner,
                    IsTrusted = random.Next(10) < 7,
                    CreatedAt = start,
                }
            );
        await using var context = _db.NewContext();
        context.OdometerReadings.AddRange(history);
        await context.SaveChangesAsync();
        var all = history.Select(r => new OdometerRecord(r.ValueKm, r.RecordedAt, r.Source, r.IsTrusted)).ToList();
        var scope = new WriteScope(context, TestDatabase.Start, null, _db.Get<KeptHistories>());

        var outcomes = new List<string>();
        for (var probe = 0; probe < 400; probe++)
        {
            var (at, km) = (probe % 4) switch
            {
                0 => Near(history[random.Next(history.Count)].RecordedAt),
                // after the last reading: plausible drives and implausible jumps
                1 => After(start.AddHours(17_000 + random.Next(1_000))),
                _ => Near(start.AddHours(random.Next(-800, 17_000))),
            };
            var expected = OdometerRules.Assess(km, at, all);

            var actual = OdometerRules.Assess(km, at, await OdometerWriter.AroundAsync(scope, car.Id, at, default));

            Assert.Equal(expected?.ToString(), actual?.ToString());
            outcomes.Add(expected?.Code ?? "accepted");
        }
        Assert.True(outcomes.Count(o => o == "accepted") >= 40, string.Join(", ", outcomes.CountBy(o => o)));
        Assert.Contains(ErrorCodes.OdometerBelowTrusted, outcomes);
        Assert.Contains(ErrorCodes.OdometerAboveLater, outcomes);
        Assert.Contains(ErrorCodes.OdometerImplausibleJump, outcomes);

        (DateTime, int) Near(DateTime at) => (at, KmAt((int)(at - start).TotalHours) + random.Next(-1_500, 1_500));
        (DateTime, int) After(DateTime at) => (at, KmAt((int)(at - start).TotalHours) + random.Next(0, 12_000));
    }

    [Fact]
    public async Task Of_two_trusted_readings_of_one_value_a_jump_is_measured_from_the_later()
    {
        var (_, car) = await Garage.OwnerWithCarAsync(_db, odometerKm: null);
        var day = TestDatabase.Start.AddDays(-20);
        await using var context = _db.NewContext();
        context.OdometerReadings.AddRange([
            new OdometerReading
            {
                VehicleId = car.Id,
                ValueKm = 50_000,
                RecordedAt = day,
                IsTrusted = true,
            },
            new OdometerReading
            {
                VehicleId = car.Id,
                ValueKm = 50_000,
                RecordedAt = day.AddDays(10),
                IsTrusted = true,
            },
        ]);
        await context.SaveChangesAsync();
        var scope = new WriteScope(context, TestDatabase.Start, null, _db.Get<KeptHistories>());
        var at = day.AddDays(11);

        var readings = await OdometerWriter.AroundAsync(scope, car.Id, at, default);

        // 10,000 km one day after the later reading is a jump; eleven days after the earlier it would not be.
        Assert.Equal(ErrorCodes.OdometerImplausibleJump, OdometerRules.Assess(60_000, at, readings)?.Code);
    }

    private static int KmAt(int hour) => 40_000 + hour * 6 / 5;
}
