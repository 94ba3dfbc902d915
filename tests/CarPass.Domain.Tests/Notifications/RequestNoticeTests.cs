using CarPass.Domain.Notifications;
using static CarPass.Domain.Tests.Notifications.PolicyData;

namespace CarPass.Domain.Tests.Notifications;

/// <summary>Confirmation requests: told at once (quiet hours allowing), reminded once, never repeated like overdue work.</summary>
public sealed class RequestNoticeTests
{
    [Theory]
    [InlineData(NotificationKind.VisitAwaitingConfirmation)]
    [InlineData(NotificationKind.DataChangePending)]
    [InlineData(NotificationKind.AccessRequestPending)]
    public void Confirmation_requests_are_not_critical(NotificationKind kind)
    {
        Assert.False(NotificationKinds.IsCritical(kind));
        Assert.False(NotificationKinds.CountsAgainstWeeklySlot(kind));
        Assert.True(NotificationKinds.IsCritical(NotificationKind.MaintenanceOverdue));
    }

    [Theory]
    // notices so far, hours since the last one → verdict for the request, still pending after 10 days
    [InlineData(1, 23, NudgeVerdict.Cooldown)]
    [InlineData(1, 24, NudgeVerdict.Write)]
    [InlineData(2, 24, NudgeVerdict.RepeatLimit)]
    [InlineData(2, 500, NudgeVerdict.RepeatLimit)]
    public void A_request_gets_one_reminder_a_grace_period_after_its_first_notice_and_no_more(
        int notices,
        int hoursAgo,
        NudgeVerdict expected
    )
    {
        var history = Enumerable
            .Range(0, notices)
            .Select(i =>
                Past(NotificationKind.VisitAwaitingConfirmation, TimeSpan.FromHours(hoursAgo + 30 * i), true, "v1")
            )
            .ToArray();

        var decision = Decide(
            Request(NotificationKind.VisitAwaitingConfirmation, "v1", TimeSpan.FromDays(10)),
            history
        );

        Assert.Equal(expected, decision.Verdict);
        if (decision.Writes)
            Assert.EndsWith(":1", decision.PeriodKey);
    }

    [Fact]
    public void A_request_neither_waits_for_nor_takes_the_weekly_slot()
    {
        var milestoneYesterday = Past(NotificationKind.ProfileMilestone, TimeSpan.FromDays(1));
        var reminder = Request(NotificationKind.AccessRequestPending, "a1", TimeSpan.FromDays(2));

        var decisions = NotificationPolicy.Plan(
            [reminder, Candidate(NotificationKind.MaintenanceDueSoon)],
            [Past(NotificationKind.AccessRequestPending, TimeSpan.FromDays(2), true, "a1")],
            Owner,
            Now,
            Rules
        );

        Assert.Equal(
            NudgeVerdict.Write,
            Decide(
                reminder,
                milestoneYesterday,
                Past(NotificationKind.AccessRequestPending, TimeSpan.FromDays(2), true, "a1")
            ).Verdict
        );
        Assert.All(decisions, d => Assert.Equal(NudgeVerdict.Write, d.Verdict));
    }

    [Fact]
    public void The_first_notice_of_a_request_made_at_night_waits_for_the_end_of_the_owner_quiet_hours()
    {
        var moscow = TimeZoneInfo.FindSystemTimeZoneById("Europe/Moscow");
        var owner = OwnerSettings.Default(moscow);
        var at23Moscow = new DateTime(2026, 6, 15, 20, 0, 0, DateTimeKind.Utc);
        var request = Request(NotificationKind.VisitAwaitingConfirmation, "v1", TimeSpan.Zero);

        var night = NotificationPolicy.FirstNotice(request, owner, at23Moscow);
        var day = NotificationPolicy.FirstNotice(request, owner, Now);

        Assert.Equal(new DateTime(2026, 6, 16, 6, 0, 0, DateTimeKind.Utc), night.NotBefore);
        Assert.Equal(Now, day.NotBefore);
        Assert.EndsWith(":0", day.PeriodKey);
        Assert.Equal(0, PeriodKeys.RepeatOf(day.PeriodKey!));
    }
}
