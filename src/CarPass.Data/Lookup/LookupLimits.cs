namespace CarPass.Data.Lookup;

/// <summary>How much searching is normal; counted from the audit log, so every instance agrees.</summary>
public sealed class LookupLimits
{
    public const string Section = "ServiceLoop:Lookups";

    public int PerEmployeePerHour { get; set; } = 30;
    public int PerCenterPerHour { get; set; } = 200;

    /// <summary>Above this many searches a day an employee's volume is flagged for the centre's trust.</summary>
    public int UnusualPerEmployeePerDay { get; set; } = 60;
}
