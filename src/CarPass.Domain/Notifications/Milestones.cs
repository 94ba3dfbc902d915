namespace CarPass.Domain.Notifications;

/// <summary>
/// Passport completeness milestones, each announced once per vehicle. Reaching several at once
/// announces only the highest; the lower ones are covered by it and never sent afterwards.
/// </summary>
public static class Milestones
{
    public static readonly IReadOnlyList<int> Thresholds = [50, 80, 100];

    public const string FirstVerifiedItem = "first_verified";

    public static NudgeCandidate? For(Guid vehicleId, int completeness, string? nextItem)
    {
        var reached = Thresholds.Where(t => completeness >= t).ToList();
        if (reached.Count == 0)
            return null;
        var facts = new NudgeFacts
        {
            Milestone = reached[^1],
            Score = completeness,
            NextItem = completeness >= 100 ? null : nextItem,
        };
        return new NudgeCandidate(vehicleId, NotificationKind.ProfileMilestone, [.. reached.Select(Item)], facts);
    }

    public static NudgeCandidate? FirstVerifiedService(Guid vehicleId, int trustedRecords) =>
        trustedRecords > 0
            ? new NudgeCandidate(
                vehicleId,
                NotificationKind.FirstVerifiedService,
                [FirstVerifiedItem],
                new NudgeFacts()
            )
            : null;

    public static string Item(int threshold) => $"m{threshold}";
}
