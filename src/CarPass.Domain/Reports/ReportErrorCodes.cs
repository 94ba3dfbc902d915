namespace CarPass.Domain.Reports;

/// <summary>Reports and their share links; texts under "error.{code}".</summary>
public static class ReportErrorCodes
{
    /// <summary>A link lives 1 to 30 days; the arguments are the bounds.</summary>
    public const string LinkDaysOutOfRange = "report_link_days";

    /// <summary>The link is not open any more, or is not the user's: both read the same.</summary>
    public const string LinkNotOpen = "report_link_not_open";

    public static IReadOnlyList<string> All { get; } = [LinkDaysOutOfRange, LinkNotOpen];
}
