using CarPass.Domain.Common;
using CarPass.Domain.Tests.TestData;
using CarPass.Domain.Vehicles;

namespace CarPass.Domain.Tests.Vehicles;

public class OdometerRulesTests
{
    private static readonly DateTime Now = SnapshotBuilder.Now;

    private static OdometerRecord Reading(int km, DateTime at, bool trusted = true) =>
        new(km, at, OdometerSource.Owner, trusted);

    [Fact]
    public void Current_mileage_is_the_highest_trusted_reading()
    {
        var readings = new[]
        {
            Reading(40_000, Now.AddDays(-30)),
            Reading(52_000, Now.AddDays(-20)),
            Reading(51_000, Now),
            Reading(99_000, Now, trusted: false),
        };

        Assert.Equal(52_000, OdometerRules.CurrentKm(readings));
    }

    [Fact]
    public void Current_mileage_is_unknown_without_trusted_readings()
    {
        Assert.Null(OdometerRules.CurrentKm([Reading(10_000, Now, trusted: false)]));
    }

    [Theory]
    [InlineData(-1, ErrorCodes.OdometerOutOfRange)]
    [InlineData(0, null)]
    [InlineData(2_000_000, null)]
    [InlineData(2_000_001, ErrorCodes.OdometerOutOfRange)]
    public void Readings_must_be_within_zero_and_two_million_km(int km, string? expectedCode)
    {
        var error = OdometerRules.Assess(km, Now, []);

        Assert.Equal(expectedCode, error?.Code);
    }

    [Theory]
    [InlineData(49_999, ErrorCodes.OdometerBelowTrusted)]
    [InlineData(50_000, null)]
    public void A_reading_below_the_highest_trusted_one_is_refused(int km, string? expectedCode)
    {
        var existing = new[] { Reading(48_000, Now.AddDays(-40)), Reading(50_000, Now.AddDays(-10)) };

        var error = OdometerRules.Assess(km, Now, existing);

        Assert.Equal(expectedCode, error?.Code);
        if (error is not null)
        {
            Assert.Equal([50_000], error.Args);
        }
    }

    [Fact]
    public void Untrusted_readings_do_not_block_a_new_one()
    {
        var existing = new[] { Reading(90_000, Now.AddDays(-1), trusted: false) };

        Assert.Null(OdometerRules.Assess(50_000, Now, existing));
    }

    [Theory]
    [InlineData(0, 5_000, null)]
    [InlineData(0, 5_001, ErrorCodes.OdometerImplausibleJump)]
    [InlineData(3, 5_000, null)]
    [InlineData(3, 5_001, ErrorCodes.OdometerImplausibleJump)]
    [InlineData(10, 15_000, null)]
    [InlineData(10, 15_001, ErrorCodes.OdometerImplausibleJump)]
    public void A_jump_may_not_exceed_five_thousand_km_or_fifteen_hundred_a_day(
        int daysSinceLast,
        int jumpKm,
        string? expectedCode
    )
    {
        var existing = new[] { Reading(50_000, Now.AddDays(-daysSinceLast)) };

        var error = OdometerRules.Assess(50_000 + jumpKm, Now, existing);

        Assert.Equal(expectedCode, error?.Code);
    }

    [Fact]
    public void An_implausible_jump_reports_the_last_trusted_value_and_the_jump()
    {
        var existing = new[] { Reading(50_000, Now) };

        var error = OdometerRules.Assess(60_000, Now, existing);

        Assert.Equal(new object[] { 50_000, 10_000 }, error!.Args);
    }

    [Theory]
    [InlineData(40_000, null)]
    [InlineData(50_000, null)]
    [InlineData(50_001, ErrorCodes.OdometerAboveLater)]
    public void A_back_dated_reading_must_stay_below_later_trusted_readings(int km, string? expectedCode)
    {
        var existing = new[] { Reading(50_000, Now) };

        var error = OdometerRules.Assess(km, Now.AddDays(-30), existing);

        Assert.Equal(expectedCode, error?.Code);
    }
}
