using CarPass.Domain.Maintenance;
using CarPass.Domain.Scoring;
using CarPass.Domain.Tests.TestData;
using CarPass.Domain.Visits;

namespace CarPass.Domain.Tests.Scoring;

public class PassportScorerTests
{
    [Fact]
    public void Passport_combines_the_three_scores_at_the_given_time()
    {
        var builder = new SnapshotBuilder()
            .WithProfile(SnapshotBuilder.FullProfile)
            .WithOdometer(50_000)
            .WithVisit(VisitStatus.Confirmed)
            .WithReminder(intervalKm: 15_000, lastDoneKm: 45_000);
        var snapshot = builder.Build();

        var passport = PassportScorer.Score(snapshot, SnapshotBuilder.Now);

        Assert.Equal(builder.VehicleId, passport.VehicleId);
        Assert.Equal(SnapshotBuilder.Now, passport.ComputedAt);
        Assert.Equal(95, passport.Completeness.Score);
        Assert.Equal(VerifiedHistoryStatus.Verified, passport.History.Status);
        Assert.Equal(MaintenanceStatus.Green, passport.Maintenance.Status);
    }

    [Fact]
    public void Passport_passes_extra_contributors_to_completeness()
    {
        var extra = new DelegateContributor("resale_report", 20, _ => false);
        var contributors = CompletenessScorer.DefaultContributors.Append(extra).ToList();

        var passport = PassportScorer.Score(new SnapshotBuilder().Build(), SnapshotBuilder.Now, contributors);

        Assert.Equal("resale_report", passport.Completeness.MissingItems[0].Code);
    }
}
