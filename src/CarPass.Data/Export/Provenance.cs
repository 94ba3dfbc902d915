namespace CarPass.Data.Export;

/// <summary>The words the export uses for where a record came from.</summary>
public static class Provenance
{
    public const string SelfReported = "self_reported";
    public const string ServiceConfirmed = "service_confirmed";
    public const string ServiceUnconfirmed = "service_unconfirmed";
}
