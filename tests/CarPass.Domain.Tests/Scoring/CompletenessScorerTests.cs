using CarPass.Domain.Scoring;
using CarPass.Domain.Tests.TestData;
using CarPass.Domain.Vehicles;
using CarPass.Domain.Visits;

namespace CarPass.Domain.Tests.Scoring;

public class CompletenessScorerTests
{
    private static SnapshotBuilder EverythingAttainable() =>
        new SnapshotBuilder()
            .WithProfile(SnapshotBuilder.FullProfile)
            .WithOdometer(50_000)
            .WithFuel(40, 50_000)
            .WithService()
            .WithVisit(VisitStatus.Confirmed);

    [Fact]
    public void Default_weights_follow_the_spec_and_sum_to_110()
    {
        var weights = CompletenessScorer.DefaultContributors.ToDictionary(c => c.Code, c => c.Weight);

        Assert.Equal(110, weights.Values.Sum());
        Assert.Equal(15, weights[ContributorCodes.Vin]);
        Assert.Equal(10, weights[ContributorCodes.ConfirmedVisit]);
        // insurance_valid is a warning of weight 0: one more contributor, the same weights.
        Assert.Equal(0, weights[ContributorCodes.InsuranceValid]);
        Assert.Equal(15, weights.Count);
    }

    [Fact]
    public void Only_obd_is_not_attainable()
    {
        var unattainable = CompletenessScorer.DefaultContributors.Where(c => !c.Attainable).Select(c => c.Code);

        Assert.Equal([ContributorCodes.Obd], unattainable);
    }

    [Fact]
    public void A_new_vehicle_with_an_owner_scores_only_owner_access()
    {
        var result = CompletenessScorer.Score(new SnapshotBuilder().Build());

        Assert.Equal(5, result.Score);
        Assert.Equal(ProfileQuality.Basic, result.Quality);
        Assert.Equal(13, result.MissingItems.Count);
    }

    [Fact]
    public void Everything_attainable_reaches_one_hundred_and_leaves_only_obd_missing()
    {
        var result = CompletenessScorer.Score(EverythingAttainable().Build());

        Assert.Equal(100, result.Score);
        Assert.Equal(ProfileQuality.HighConfidence, result.Quality);
        Assert.Equal([new MissingItem(ContributorCodes.Obd, 10, false)], result.MissingItems);
    }

    [Fact]
    public void Score_is_capped_at_one_hundred()
    {
        var result = CompletenessScorer.Score(EverythingAttainable().WithObd().Build());

        Assert.Equal(100, result.Score);
        Assert.Empty(result.MissingItems);
    }

    [Fact]
    public void Missing_items_list_attainable_first_then_heavier_then_in_list_order()
    {
        var snapshot = new SnapshotBuilder()
            .WithProfile(SnapshotBuilder.FullProfile with { Vin = null, PlateNumber = null, EngineOilType = null })
            .WithOdometer(50_000)
            .WithFuel(40, 50_000)
            .WithService()
            .Build();

        var codes = CompletenessScorer.Score(snapshot).MissingItems.Select(m => m.Code);

        Assert.Equal(
            [
                ContributorCodes.Vin,
                ContributorCodes.Plate,
                ContributorCodes.ConfirmedVisit,
                ContributorCodes.EngineOilType,
                ContributorCodes.Obd,
            ],
            codes
        );
    }

    [Fact]
    public void A_new_evidence_source_plugs_in_as_one_more_contributor()
    {
        var hasInsurancePacket = false;
        var insurance = new DelegateContributor("insurance_packet", 10, _ => hasInsurancePacket);
        var contributors = CompletenessScorer.DefaultContributors.Append(insurance).ToList();
        var snapshot = new SnapshotBuilder().WithProfile(SnapshotBuilder.FullProfile).Build();

        var before = CompletenessScorer.Score(snapshot, contributors);
        hasInsurancePacket = true;
        var after = CompletenessScorer.Score(snapshot, contributors);

        Assert.Contains(before.MissingItems, m => m.Code == "insurance_packet" && m.Weight == 10);
        Assert.DoesNotContain(after.MissingItems, m => m.Code == "insurance_packet");
        Assert.Equal(before.Score + 10, after.Score);
    }
}
