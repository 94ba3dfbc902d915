using CarPass.Domain.Notifications;
using static CarPass.Domain.Tests.Notifications.PolicyData;

namespace CarPass.Domain.Tests.Notifications;

public sealed class PreferenceTests
{
    private static readonly OwnerSettings AllOff = Owner with
    {
        MaintenanceDueSoon = false,
        MaintenanceOverdue = false,
        ProfileMilestones = false,
        VerifiedServiceNews = false,
    };

    [Theory]
    [InlineData(NotificationKind.MaintenanceDueSoon, NudgeVerdict.PreferenceOff)]
    [InlineData(NotificationKind.MaintenanceOverdue, NudgeVerdict.PreferenceOff)]
    [InlineData(NotificationKind.ProfileMilestone, NudgeVerdict.PreferenceOff)]
    [InlineData(NotificationKind.FirstVerifiedService, NudgeVerdict.PreferenceOff)]
    [InlineData(NotificationKind.VisitAwaitingConfirmation, NudgeVerdict.Write)]
    [InlineData(NotificationKind.DataChangePending, NudgeVerdict.Write)]
    [InlineData(NotificationKind.AccessRequestPending, NudgeVerdict.Write)]
    public void Switches_turn_kinds_off_but_confirmation_requests_cannot_be_switched_off(
        NotificationKind kind,
        NudgeVerdict expected
    )
    {
        var candidate = NotificationKinds.IsConfirmationRequest(kind)
            ? Request(kind, "r1", TimeSpan.FromDays(2))
            : Candidate(kind);

        Assert.Equal(expected, Decide(candidate, AllOff).Verdict);
    }

    [Theory]
    [InlineData(true, NudgeVerdict.CenterMuted)]
    [InlineData(false, NudgeVerdict.Write)]
    public void Confirmation_requests_are_muted_only_per_service_centre(bool fromMutedCentre, NudgeVerdict expected)
    {
        var owner = Owner with { MutedCenters = new HashSet<Guid> { Centre } };
        var centre = fromMutedCentre ? Centre : Guid.NewGuid();

        var decision = Decide(
            Request(NotificationKind.VisitAwaitingConfirmation, "v1", TimeSpan.FromDays(2), centre),
            owner
        );

        Assert.Equal(expected, decision.Verdict);
    }

    [Fact]
    public void Nothing_is_written_for_an_owner_who_blocked_the_bot()
    {
        var owner = Owner with { BlockedBot = true };

        Assert.Equal(NudgeVerdict.BlockedBot, Decide(Candidate(NotificationKind.MaintenanceOverdue), owner).Verdict);
    }

    [Theory]
    [InlineData(23, NudgeVerdict.TooEarly)]
    [InlineData(24, NudgeVerdict.Write)]
    public void A_request_is_nudged_about_only_after_it_has_waited(int hours, NudgeVerdict expected) =>
        Assert.Equal(
            expected,
            Decide(Request(NotificationKind.AccessRequestPending, "a1", TimeSpan.FromHours(hours))).Verdict
        );

    [Fact]
    public void A_nudge_planned_in_quiet_hours_waits_for_the_owners_morning()
    {
        var moscow = Owner with { TimeZone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Moscow") };
        var lateEvening = new DateTime(2026, 6, 15, 19, 30, 0, DateTimeKind.Utc);

        var decision = NotificationPolicy
            .Plan([Candidate(NotificationKind.MaintenanceOverdue)], [], moscow, lateEvening, Rules)
            .Single();

        Assert.Equal(new DateTime(2026, 6, 16, 6, 0, 0, DateTimeKind.Utc), decision.NotBefore);
    }

    [Theory]
    [InlineData(true, true, false, false, "10:00", SendVerdict.Skip, "blocked_bot")]
    [InlineData(false, false, false, false, "10:00", SendVerdict.Skip, "resolved")]
    [InlineData(false, true, true, false, "10:00", SendVerdict.Skip, "preference_off")]
    [InlineData(false, true, false, true, "10:00", SendVerdict.Skip, "center_muted")]
    [InlineData(false, true, false, false, "22:00", SendVerdict.Defer, null)]
    [InlineData(false, true, false, false, "10:00", SendVerdict.Send, null)]
    public void The_last_look_before_sending_follows_the_owners_current_settings(
        bool blocked,
        bool relevant,
        bool switchedOff,
        bool muted,
        string time,
        SendVerdict verdict,
        string? reason
    )
    {
        var owner = Owner with
        {
            BlockedBot = blocked,
            MaintenanceOverdue = !switchedOff,
            MutedCenters = muted ? new HashSet<Guid> { Centre } : null,
        };
        var now = Now.Date + TimeSpan.Parse(time, System.Globalization.CultureInfo.InvariantCulture);

        var check = NotificationPolicy.AtSend(NotificationKind.MaintenanceOverdue, Centre, owner, relevant, now);

        Assert.Equal(verdict, check.Verdict);
        Assert.Equal(reason, check.Reason);
        if (verdict == SendVerdict.Defer)
            Assert.Equal(Now.Date.AddDays(1).AddHours(9), check.Until);
    }
}
