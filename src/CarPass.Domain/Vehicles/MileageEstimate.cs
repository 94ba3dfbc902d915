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

    public static int? TodayKm(IEnumerable<OdometerRecord> readings, DateTime nowUtc)
    {
        var trusted = readings.Where(r => r.IsTrusted && r.RecordedAt <= nowUtc).OrderBy(r => r.RecordedAt).ToList();
        if (trusted.Count == 0)
            return null;
        var highest = trusted.MaxBy(r => r.ValueKm)!;
        if (KmPerDay(trusted, highest) is not { } pace)
            return highest.ValueKm;
        var days = Math.Min((nowUtc - highest.RecordedAt).TotalDays, MaxCarryDays);
        return highest.ValueKm + (int)Math.Round(pace * Math.Max(0, days), MidpointRounding.AwayFromZero);
    }

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
