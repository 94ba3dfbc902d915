namespace CarPass.Domain.Vehicles;

/// <summary>
/// Today's mileage for reminders: the highest trusted reading, carried forward at the vehicle's
/// recent pace when the readings show one. Conservative on purpose: only trusted readings, only a
/// pace measured over at least two weeks of the last half year, and never more than 90 days ahead.
/// </summary>
public static class MileageEstimate
{
    public const int PaceWindowDays = 180;
    public const int MinPaceSpanDays = 14;
    public const int MaxCarryDays = 90;

    public static int? TodayKm(IEnumerable<OdometerRecord> readings, DateTime nowUtc) =>
        Carried(readings, nowUtc) switch
        {
            null => null,
            ({ } highest, null) => highest.ValueKm,
            ({ } highest, { } pace) => CarriedKm(highest, pace, nowUtc),
        };

    /// <summary>
    /// The line today's estimate is carried along: from the highest trusted reading at its pace up to
    /// today (at most <see cref="MaxCarryDays"/> on); null when the readings show no pace.
    /// </summary>
    public static MileageProjection? Projection(IEnumerable<OdometerRecord> readings, DateTime nowUtc) =>
        Carried(readings, nowUtc) is ({ } highest, { } pace)
            ? new MileageProjection(
                highest.RecordedAt,
                highest.ValueKm,
                highest.RecordedAt.AddDays(CarriedDays(highest, nowUtc)),
                CarriedKm(highest, pace, nowUtc),
                pace
            )
            : null;

    private static int CarriedKm(OdometerRecord highest, double pace, DateTime nowUtc) =>
        highest.ValueKm + (int)Math.Round(pace * CarriedDays(highest, nowUtc), MidpointRounding.AwayFromZero);

    /// <summary>
    /// The next moment today's estimate changes (it moves once a day, on the anniversary of the highest
    /// reading's time), or <see cref="DateTime.MaxValue"/> when it no longer moves with the clock.
    /// </summary>
    public static DateTime NextChange(IEnumerable<OdometerRecord> readings, DateTime nowUtc) =>
        Carried(readings, nowUtc) is ({ } highest, not null)
        && CarriedDays(highest, nowUtc) is var days
        && days < MaxCarryDays
            ? highest.RecordedAt.AddDays(days + 1)
            : DateTime.MaxValue;

    /// <summary>The highest trusted reading up to now and the pace it is carried forward at (null when none can be told).</summary>
    private static (OdometerRecord Highest, double? Pace)? Carried(
        IEnumerable<OdometerRecord> readings,
        DateTime nowUtc
    )
    {
        var trusted = readings.Where(r => r.IsTrusted && r.RecordedAt <= nowUtc).OrderBy(r => r.RecordedAt).ToList();
        if (trusted.Count == 0)
            return null;
        var highest = trusted.MaxBy(r => r.ValueKm)!;
        return (highest, KmPerDay(trusted, highest));
    }

    /// <summary>Whole days since the highest reading, at most <see cref="MaxCarryDays"/>.</summary>
    private static int CarriedDays(OdometerRecord highest, DateTime nowUtc) =>
        (int)Math.Clamp(Math.Floor((nowUtc - highest.RecordedAt).TotalDays), 0, MaxCarryDays);

    /// <summary>The pace from the earliest trusted reading of the window up to the highest one, or null when the readings cannot tell.</summary>
    public static double? KmPerDay(IReadOnlyList<OdometerRecord> trusted, OdometerRecord highest)
    {
        var windowStart = highest.RecordedAt.AddDays(-PaceWindowDays);
        var first = trusted.FirstOrDefault(r => r.RecordedAt >= windowStart);
        if (first is null)
            return null;
        var days = (highest.RecordedAt - first.RecordedAt).TotalDays;
        if (days < MinPaceSpanDays || highest.ValueKm <= first.ValueKm)
            return null;
        return Math.Min((highest.ValueKm - first.ValueKm) / days, OdometerRules.MaxKmPerDay);
    }
}
