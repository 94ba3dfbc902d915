using CarPass.Domain.Notifications;

namespace CarPass.Domain.Tyres;

/// <summary>
/// The seasonal tyre reminder, once per season switch, told only when the fitted set is of the
/// other season. Winter tyres are due from October (or from the owner's first-frost date of that
/// autumn, when it is earlier) until the end of February; summer tyres from April to September.
/// March asks nothing: it is often still winter. Months are the owner's, in their time zone; the
/// calendar is the northern hemisphere's (CarPass's owners drive there).
/// </summary>
public static class TyreNudges
{
    public const int WinterFromMonth = 10;
    public const int WinterUntilMonth = 2;
    public const int SummerFromMonth = 4;
    public const int SummerUntilMonth = 9;

    /// <param name="fitted">The season of the set on the car now; null when no set is recorded as fitted.</param>
    /// <param name="firstFrost">The owner's expected first frost of an autumn, if they set one.</param>
    /// <param name="today">The owner's calendar day.</param>
    public static NudgeCandidate? For(Guid vehicleId, TyreSeason? fitted, DateTime? firstFrost, DateTime today)
    {
        if (Due(today, firstFrost) is not var (season, year))
            return null;
        var other = season == TyreSeason.Winter ? TyreSeason.Summer : TyreSeason.Winter;
        if (fitted != other)
            return null;
        return new NudgeCandidate(
            vehicleId,
            NotificationKind.TyreSeason,
            [Item(season, year)],
            new NudgeFacts { TyreSeason = season }
        );
    }

    /// <summary>The season whose tyres are due on the day, and the year its switch belongs to.</summary>
    public static (TyreSeason Season, int Year)? Due(DateTime today, DateTime? firstFrost)
    {
        var month = today.Month;
        if (
            month >= WinterFromMonth
            || (firstFrost is { } frost && frost.Year == today.Year && today.Date >= frost.Date)
        )
            return (TyreSeason.Winter, today.Year);
        if (month <= WinterUntilMonth)
            return (TyreSeason.Winter, today.Year - 1);
        if (month is >= SummerFromMonth and <= SummerUntilMonth)
            return (TyreSeason.Summer, today.Year);
        return null;
    }

    public static string Item(TyreSeason season, int year) => $"tyres:{season.ToString().ToLowerInvariant()}:{year}";
}
