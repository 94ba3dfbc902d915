using CarPass.Domain.ServiceCenters;

namespace CarPass.Domain.Tests.ServiceCenters;

public class TrustLevelsTests
{
    [Theory]
    [InlineData(VerificationStatus.Unverified, 100, 0, 0, 0, 0, 0, TrustLevel.New)]
    [InlineData(VerificationStatus.Rejected, 100, 0, 0, 0, 0, 0, TrustLevel.New)]
    [InlineData(VerificationStatus.Verified, 4, 0, 0, 0, 0, 0, TrustLevel.New)]
    [InlineData(VerificationStatus.Verified, 5, 0, 0, 0, 0, 0, TrustLevel.Verified)]
    [InlineData(VerificationStatus.Verified, 14, 0, 0, 0, 0, 0, TrustLevel.Verified)]
    [InlineData(VerificationStatus.Verified, 15, 0, 0, 0, 0, 0, TrustLevel.Reliable)]
    [InlineData(VerificationStatus.Verified, 17, 3, 0, 0, 0, 0, TrustLevel.Reliable)]
    [InlineData(VerificationStatus.Verified, 17, 4, 0, 0, 0, 0, TrustLevel.Verified)]
    [InlineData(VerificationStatus.Verified, 19, 0, 1, 0, 0, 0, TrustLevel.Reliable)]
    [InlineData(VerificationStatus.Verified, 18, 0, 1, 0, 0, 0, TrustLevel.Verified)]
    [InlineData(VerificationStatus.Verified, 15, 0, 0, 1, 0, 0, TrustLevel.Reliable)]
    [InlineData(VerificationStatus.Verified, 15, 0, 0, 2, 0, 0, TrustLevel.Verified)]
    [InlineData(VerificationStatus.Verified, 49, 0, 0, 0, 0, 0, TrustLevel.Reliable)]
    [InlineData(VerificationStatus.Verified, 50, 0, 0, 0, 0, 0, TrustLevel.HighConfidence)]
    [InlineData(VerificationStatus.Verified, 57, 3, 0, 0, 0, 0, TrustLevel.HighConfidence)]
    [InlineData(VerificationStatus.Verified, 56, 4, 0, 0, 0, 0, TrustLevel.Reliable)]
    [InlineData(VerificationStatus.Verified, 98, 0, 2, 0, 0, 0, TrustLevel.HighConfidence)]
    [InlineData(VerificationStatus.Verified, 97, 0, 2, 0, 0, 0, TrustLevel.Reliable)]
    [InlineData(VerificationStatus.Verified, 50, 0, 0, 1, 0, 0, TrustLevel.Reliable)]
    [InlineData(VerificationStatus.Verified, 50, 0, 0, 0, 1, 0, TrustLevel.Reliable)]
    [InlineData(VerificationStatus.Verified, 50, 0, 0, 0, 0, 1, TrustLevel.Reliable)]
    public void Trust_levels_need_verified_status_volume_and_clean_records(
        VerificationStatus verification,
        int confirmed,
        int rejected,
        int disputed,
        int unresolved,
        int disabledWithGrants,
        int suspicious,
        TrustLevel expected
    )
    {
        var centre = new ServiceCenterSnapshot(
            Guid.NewGuid(),
            verification,
            confirmed,
            rejected,
            disputed,
            CancelledVisits: 0,
            PendingVisits: 0,
            unresolved,
            ActiveEmployees: 3,
            disabledWithGrants,
            suspicious
        );

        Assert.Equal(expected, TrustScorer.Score(centre).Level);
    }

    [Theory]
    [InlineData(20, 2, TrustLevel.Reliable)]
    [InlineData(20, 3, TrustLevel.Verified)]
    [InlineData(60, 3, TrustLevel.HighConfidence)]
    [InlineData(60, 4, TrustLevel.Reliable)]
    public void Withdrawn_visits_count_against_the_level_not_only_the_score(
        int confirmed,
        int cancelled,
        TrustLevel expected
    )
    {
        var centre = new ServiceCenterSnapshot(
            Guid.NewGuid(),
            VerificationStatus.Verified,
            confirmed,
            RejectedVisits: 0,
            DisputedVisits: 0,
            cancelled,
            PendingVisits: 0,
            UnresolvedDisputes: 0,
            ActiveEmployees: 3,
            DisabledEmployeesHoldingGrants: 0,
            SuspiciousLookups: 0
        );

        Assert.Equal(expected, TrustScorer.Score(centre).Level);
    }
}
