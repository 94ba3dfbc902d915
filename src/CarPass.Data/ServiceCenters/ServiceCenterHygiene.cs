namespace CarPass.Data.ServiceCenters;

/// <summary>Names shared by the code that flags unusual lookups and the trust rules that count them.</summary>
public static class ServiceCenterHygiene
{
    public const string SuspiciousLookupAction = "lookup.flagged";
    public const int SuspiciousLookupWindowDays = 30;
}
