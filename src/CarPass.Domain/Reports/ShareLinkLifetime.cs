namespace CarPass.Domain.Reports;

/// <summary>How long an owner may share a report: a day to a month, a week unless they choose.</summary>
public static class ShareLinkLifetime
{
    public const int MinDays = 1;
    public const int MaxDays = 30;
    public const int DefaultDays = 7;

    /// <summary>The choices offered as buttons.</summary>
    public static IReadOnlyList<int> Offered { get; } = [1, 7, 14, 30];

    public static bool IsValid(int days) => days is >= MinDays and <= MaxDays;
}
