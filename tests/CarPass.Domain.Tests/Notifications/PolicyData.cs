using CarPass.Domain.Notifications;

namespace CarPass.Domain.Tests.Notifications;

/// <summary>Small builders for policy tables: one vehicle, an owner in UTC, a Monday at 10:00.</summary>
internal static class PolicyData
{
    public static readonly DateTime Now = new(2026, 6, 15, 10, 0, 0, DateTimeKind.Utc);
    public static readonly Guid Vehicle = Guid.Parse("0197a000-0000-7000-8000-000000000001");
    public static readonly Guid Centre = Guid.Parse("0197a000-0000-7000-8000-0000000000c1");
    public static readonly NudgeRules Rules = new();

    public static OwnerSettings Owner => OwnerSettings.Default(TimeZoneInfo.Utc);

    public static NudgeCandidate Candidate(NotificationKind kind, params string[] items) =>
        new(Vehicle, kind, items.Length == 0 ? [$"{kind}-item"] : items, new NudgeFacts());

    public static NudgeCandidate Request(NotificationKind kind, string item, TimeSpan waiting, Guid? centre = null) =>
        new(Vehicle, kind, [item], new NudgeFacts(), centre ?? Centre, Now - waiting);

    public static PastNudge Past(NotificationKind kind, TimeSpan ago, bool delivered = true, params string[] items) =>
        new(kind, items.Length == 0 ? [$"{kind}-item"] : items, Now - ago, delivered);

    public static NudgeDecision Decide(NudgeCandidate candidate, params PastNudge[] history) =>
        Decide(candidate, Owner, history);

    public static NudgeDecision Decide(NudgeCandidate candidate, OwnerSettings owner, params PastNudge[] history) =>
        NotificationPolicy.Plan([candidate], history, owner, Now, Rules).Single();
}
