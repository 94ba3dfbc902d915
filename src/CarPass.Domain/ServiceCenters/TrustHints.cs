namespace CarPass.Domain.ServiceCenters;

/// <summary>What would raise a centre's trust now (spec section 8), for its managers; none when all is in order.</summary>
public static class TrustHints
{
    public const string Verify = "verify";
    public const string PendingVisits = "pending";
    public const string UnansweredDisputes = "disputes";
    public const string DisabledEmployeesHoldingGrants = "disabled_grants";

    /// <summary>The text key shown when there are no hints.</summary>
    public const string NoneKey = "trust_hint.none";

    public static readonly IReadOnlyList<string> Codes =
    [
        Verify,
        PendingVisits,
        UnansweredDisputes,
        DisabledEmployeesHoldingGrants,
    ];

    /// <param name="unansweredDisputes">Open disputes the centre has not given its side of yet.</param>
    public static IReadOnlyList<TrustHint> For(ServiceCenterSnapshot center, int unansweredDisputes)
    {
        var hints = new List<TrustHint>();
        if (center.Verification != VerificationStatus.Verified)
            hints.Add(new TrustHint(Verify, 1));
        if (center.PendingVisits > 0)
            hints.Add(new TrustHint(PendingVisits, center.PendingVisits));
        if (unansweredDisputes > 0)
            hints.Add(new TrustHint(UnansweredDisputes, unansweredDisputes));
        if (center.DisabledEmployeesHoldingGrants > 0)
            hints.Add(new TrustHint(DisabledEmployeesHoldingGrants, center.DisabledEmployeesHoldingGrants));
        return hints;
    }
}
