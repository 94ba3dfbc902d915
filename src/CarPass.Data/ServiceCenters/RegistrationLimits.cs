namespace CarPass.Data.ServiceCenters;

/// <summary>How many centres one person may have waiting for review, and how often operators hear of new ones.</summary>
public sealed class RegistrationLimits
{
    public const string Section = "ServiceLoop:Registrations";

    /// <summary>Centres one user registered that still await an operator's review; one more is refused.</summary>
    public int MaxAwaitingReviewPerUser { get; set; } = 3;

    /// <summary>At most one notice about centres to review per operator in this many minutes.</summary>
    public int OperatorNoticeMinutes { get; set; } = 60;
}
