using CarPass.Domain.Notifications;
using static CarPass.Domain.Tests.Notifications.PolicyData;

namespace CarPass.Domain.Tests.Notifications;

public sealed class CooldownTests
{
    [Theory]
    // minutes since the last non-critical nudge of the vehicle → verdict for a new due-soon nudge
    [InlineData(0, NudgeVerdict.Cooldown)]
    [InlineData(7 * 24 * 60 - 1, NudgeVerdict.Cooldown)]
    [InlineData(7 * 24 * 60, NudgeVerdict.Write)]
    [InlineData(8 * 24 * 60, NudgeVerdict.Write)]
    public void At_most_one_non_critical_nudge_per_vehicle_per_week(int minutesAgo, NudgeVerdict expected)
    {
        var earlier = Past(NotificationKind.ProfileMilestone, TimeSpan.FromMinutes(minutesAgo));

        var decision = Decide(Candidate(NotificationKind.MaintenanceDueSoon), earlier);

        Assert.Equal(expected, decision.Verdict);
    }

    [Fact]
    public void A_nudge_scheduled_for_tomorrow_morning_already_holds_the_weekly_slot()
    {
        var scheduled = Past(NotificationKind.ProfileMilestone, TimeSpan.FromHours(-20));

        Assert.Equal(NudgeVerdict.Cooldown, Decide(Candidate(NotificationKind.MaintenanceDueSoon), scheduled).Verdict);
    }

    [Fact]
    public void A_skipped_nudge_does_not_use_up_the_weekly_slot()
    {
        var skipped = Past(NotificationKind.ProfileMilestone, TimeSpan.FromDays(1), delivered: false);

        Assert.Equal(NudgeVerdict.Write, Decide(Candidate(NotificationKind.MaintenanceDueSoon), skipped).Verdict);
    }

    [Fact]
    public void Critical_nudges_ignore_the_weekly_slot()
    {
        var yesterday = Past(NotificationKind.MaintenanceDueSoon, TimeSpan.FromDays(1));

        Assert.Equal(NudgeVerdict.Write, Decide(Candidate(NotificationKind.MaintenanceOverdue), yesterday).Verdict);
    }

    [Fact]
    public void Two_non_critical_candidates_at_once_send_only_the_more_important_one()
    {
        var decisions = NotificationPolicy.Plan(
            [Candidate(NotificationKind.ProfileMilestone), Candidate(NotificationKind.MaintenanceDueSoon)],
            [],
            Owner,
            Now,
            Rules
        );

        Assert.Equal(
            NudgeVerdict.Write,
            decisions.Single(d => d.Candidate.Kind == NotificationKind.MaintenanceDueSoon).Verdict
        );
        Assert.Equal(
            NudgeVerdict.Cooldown,
            decisions.Single(d => d.Candidate.Kind == NotificationKind.ProfileMilestone).Verdict
        );
    }

    [Theory]
    // hours since the last critical nudge about the same thing, sends so far → verdict
    [InlineData(1, 1, NudgeVerdict.Cooldown)]
    [InlineData(71, 1, NudgeVerdict.Cooldown)]
    [InlineData(72, 1, NudgeVerdict.Write)]
    [InlineData(72, 2, NudgeVerdict.Write)]
    [InlineData(500, 3, NudgeVerdict.RepeatLimit)]
    public void Critical_nudges_repeat_after_the_cooldown_a_limited_number_of_times(
        int hoursAgo,
        int sends,
        NudgeVerdict expected
    )
    {
        var history = Enumerable
            .Range(0, sends)
            .Select(i => Past(NotificationKind.MaintenanceOverdue, TimeSpan.FromHours(hoursAgo + 100 * i)))
            .ToArray();

        var decision = Decide(Candidate(NotificationKind.MaintenanceOverdue), history);

        Assert.Equal(expected, decision.Verdict);
        if (decision.Writes)
            Assert.EndsWith($":{sends}", decision.PeriodKey);
    }

    [Fact]
    public void The_critical_cooldown_is_configurable()
    {
        var rules = Rules with { CriticalCooldown = TimeSpan.FromHours(24) };
        var history = new[] { Past(NotificationKind.MaintenanceOverdue, TimeSpan.FromHours(25), true, "oil@1") };
        var candidate = Candidate(NotificationKind.MaintenanceOverdue, "oil@1");

        var decision = NotificationPolicy.Plan([candidate], history, Owner, Now, rules).Single();

        Assert.Equal(NudgeVerdict.Write, decision.Verdict);
    }

    [Fact]
    public void What_was_already_said_is_not_said_again()
    {
        var said = Past(NotificationKind.MaintenanceDueSoon, TimeSpan.FromDays(30), true, "oil@1", "filter@1");

        var decision = Decide(Candidate(NotificationKind.MaintenanceDueSoon, "filter@1"), said);

        Assert.Equal(NudgeVerdict.AlreadyCovered, decision.Verdict);
    }

    [Fact]
    public void The_same_state_always_gives_the_same_period_key()
    {
        var first = Decide(Candidate(NotificationKind.MaintenanceDueSoon, "a", "b"));
        var again = Decide(Candidate(NotificationKind.MaintenanceDueSoon, "b", "a"));

        Assert.Equal(first.PeriodKey, again.PeriodKey);
        Assert.True(first.PeriodKey!.Length <= 32);
    }
}
