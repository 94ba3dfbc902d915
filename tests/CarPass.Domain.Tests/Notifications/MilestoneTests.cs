using CarPass.Domain.Notifications;
using static CarPass.Domain.Tests.Notifications.PolicyData;

namespace CarPass.Domain.Tests.Notifications;

public sealed class MilestoneTests
{
    [Theory]
    [InlineData(49, null)]
    [InlineData(50, 50)]
    [InlineData(79, 50)]
    [InlineData(85, 80)]
    [InlineData(100, 100)]
    public void The_highest_milestone_reached_is_announced(int score, int? milestone) =>
        Assert.Equal(milestone, Milestones.For(Vehicle, score, "vin")?.Facts.Milestone);

    [Fact]
    public void Each_milestone_is_announced_once_per_vehicle()
    {
        var history = new List<PastNudge>();
        var announced = new List<int>();
        var day = 0;
        foreach (var score in new[] { 40, 55, 60, 55, 85, 70, 90, 100, 100, 95, 100 })
        {
            day += 8;
            var candidate = Milestones.For(Vehicle, score, null);
            if (candidate is null)
                continue;
            var now = Now.AddDays(day);
            var decision = NotificationPolicy.Plan([candidate], history, Owner, now, Rules).Single();
            if (!decision.Writes)
                continue;
            announced.Add(candidate.Facts.Milestone!.Value);
            history.Add(new PastNudge(candidate.Kind, candidate.Items, now));
        }

        Assert.Equal([50, 80, 100], announced);
    }

    [Fact]
    public void Jumping_past_a_milestone_covers_it_so_it_never_comes_later()
    {
        var first = Milestones.For(Vehicle, 85, null)!;
        var history = new[] { new PastNudge(first.Kind, first.Items, Now.AddDays(-30)) };

        var later = Decide(Milestones.For(Vehicle, 60, null)!, history);

        Assert.Equal(NudgeVerdict.AlreadyCovered, later.Verdict);
    }

    [Fact]
    public void The_first_verified_service_is_announced_once()
    {
        var candidate = Milestones.FirstVerifiedService(Vehicle, trustedRecords: 1)!;
        var history = new[] { new PastNudge(candidate.Kind, candidate.Items, Now.AddDays(-60)) };

        Assert.Null(Milestones.FirstVerifiedService(Vehicle, trustedRecords: 0));
        Assert.Equal(NudgeVerdict.Write, Decide(candidate).Verdict);
        Assert.Equal(
            NudgeVerdict.AlreadyCovered,
            Decide(Milestones.FirstVerifiedService(Vehicle, 3)!, history).Verdict
        );
    }

    [Fact]
    public void A_complete_passport_offers_no_next_item() =>
        Assert.Null(Milestones.For(Vehicle, 100, "vin")!.Facts.NextItem);
}
