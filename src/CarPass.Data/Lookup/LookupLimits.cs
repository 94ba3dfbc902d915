namespace CarPass.Data.Lookup;

/// <summary>How much searching is normal; counted from the audit log, so every instance agrees.</summary>
public sealed class LookupLimits
{
    public const string Section = "ServiceLoop:Lookups";

    public int PerEmployeePerHour { get; set; } = 30;
    public int PerCenterPerHour { get; set; } = 200;

    /// <summary>
    /// Searches a centre not yet verified by an operator may make in 24 hours: enough to serve its
    /// first customers, too few to probe which plates exist.
    /// </summary>
    public int UnverifiedPerCenterPerDay { get; set; } = 5;

    /// <summary>Above this many searches a day an employee's volume is flagged for the centre's trust.</summary>
    public int UnusualPerEmployeePerDay { get; set; } = 60;
}
