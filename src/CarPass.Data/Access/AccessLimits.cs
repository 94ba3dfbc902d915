namespace CarPass.Data.Access;

/// <summary>How often a centre may ask an owner for access to the same vehicle.</summary>
public sealed class AccessLimits
{
    public const string Section = "ServiceLoop:Access";

    /// <summary>After the owner declines, the same centre may ask for that vehicle again only this many days later.</summary>
    public int CooldownAfterDenialDays { get; set; } = 7;
}
