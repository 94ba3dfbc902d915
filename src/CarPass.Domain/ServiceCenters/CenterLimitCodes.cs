namespace CarPass.Domain.ServiceCenters;

/// <summary>
/// Why the service loop refused a centre's search, access request or registration because of its
/// limits (verification, one open request, a cool-down, centres awaiting review); texts live under
/// "error.{code}".
/// </summary>
public static class CenterLimitCodes
{
    /// <summary>An unverified centre used its daily search budget; argument: the budget.</summary>
    public const string LookupBudgetUsed = "lookup_budget_used";

    /// <summary>The centre already asked for this vehicle and the owner has not answered.</summary>
    public const string AccessRequestOpen = "access_request_open";

    /// <summary>The owner declined recently; argument: the date from which the centre may ask again.</summary>
    public const string AccessRequestCoolingDown = "access_request_cooling_down";

    /// <summary>The user's centres awaiting review reached the cap; argument: the cap.</summary>
    public const string RegistrationsAwaitingReview = "center_registrations_awaiting_review";

    public static IReadOnlyList<string> All { get; } =
    [LookupBudgetUsed, AccessRequestOpen, AccessRequestCoolingDown, RegistrationsAwaitingReview];
}
