using CarPass.Domain.Vehicles;
using static CarPass.Domain.Tests.Notifications.PolicyData;

namespace CarPass.Domain.Tests.Vehicles;

public sealed class MileageEstimateTests
{
    private static OdometerRecord Reading(int km, int daysAgo, bool trusted = true) =>
        new(km, Now.AddDays(-daysAgo), OdometerSource.Owner, trusted);

    [Fact]
    public void Without_readings_there_is_no_mileage() => Assert.Null(MileageEstimate.TodayKm([], Now));

    [Fact]
    public void A_single_reading_is_todays_mileage() =>
        Assert.Equal(50_000, MileageEstimate.TodayKm([Reading(50_000, 40)], Now));

    [Fact]
    public void Recent_driving_carries_the_highest_reading_forward()
    {
        // 3,000 km in 60 days = 50 km/day; 20 days since the last reading.
        var readings = new[] { Reading(47_000, 80), Reading(50_000, 20) };

        Assert.Equal(51_000, MileageEstimate.TodayKm(readings, Now));
    }

    [Fact]
    public void Untrusted_readings_never_move_the_estimate()
    {
        var readings = new[] { Reading(47_000, 80), Reading(50_000, 20), Reading(90_000, 10, trusted: false) };

        Assert.Equal(51_000, MileageEstimate.TodayKm(readings, Now));
    }

    [Theory]
    [InlineData(10)] // readings too close together to tell a pace
    [InlineData(400)] // the earlier reading is older than the half-year window
    public void No_pace_is_guessed_from_readings_that_cannot_tell(int spanDays)
    {
        var readings = new[] { Reading(40_000, 20 + spanDays), Reading(50_000, 20) };

        Assert.Equal(50_000, MileageEstimate.TodayKm(readings, Now));
    }

    [Fact]
    public void The_estimate_is_carried_at_most_ninety_days()
    {
        var readings = new[] { Reading(40_000, 400), Reading(50_000, 300) }; // 100 km/day, 300 days ago

        Assert.Equal(59_000, MileageEstimate.TodayKm(readings, Now));
    }

    [Fact]
    public void The_estimate_moves_once_a_day_and_says_when_it_next_moves()
    {
        var readings = new[] { Reading(47_000, 80), Reading(50_000, 20) }; // 50 km/day
        var lastReading = Now.AddDays(-20);

        var next = MileageEstimate.NextChange(readings, Now);

        Assert.Equal(lastReading.AddDays(21), next);
        Assert.Equal(51_000, MileageEstimate.TodayKm(readings, next.AddTicks(-1)));
        Assert.Equal(51_050, MileageEstimate.TodayKm(readings, next));
    }

    [Fact]
    public void An_estimate_without_a_pace_or_carried_its_full_ninety_days_never_moves_with_the_clock()
    {
        Assert.Equal(DateTime.MaxValue, MileageEstimate.NextChange([Reading(50_000, 40)], Now));
        Assert.Equal(DateTime.MaxValue, MileageEstimate.NextChange([Reading(40_000, 400), Reading(50_000, 300)], Now));
    }
}
