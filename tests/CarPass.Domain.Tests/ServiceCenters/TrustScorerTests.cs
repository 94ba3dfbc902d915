using CarPass.Domain.ServiceCenters;

namespace CarPass.Domain.Tests.ServiceCenters;

public class TrustScorerTests
{
    private static ServiceCenterSnapshot Centre(
        int confirmed = 0,
        int rejected = 0,
        int disputed = 0,
        int cancelled = 0,
        int unresolved = 0,
        int disabledWithGrants = 0,
        int suspicious = 0,
        VerificationStatus verification = VerificationStatus.Verified
    ) =>
        new(
            Guid.NewGuid(),
            verification,
            confirmed,
            rejected,
            disputed,
            cancelled,
            PendingVisits: 3,
            unresolved,
            ActiveEmployees: 4,
            disabledWithGrants,
            suspicious
        );

    [Theory]
    [InlineData(0, 0, 0, 0, 0, 0, 0, VerificationStatus.Unverified, 0)]
    [InlineData(0, 0, 0, 0, 0, 0, 0, VerificationStatus.Verified, 30)]
    [InlineData(10, 0, 0, 0, 0, 0, 0, VerificationStatus.Verified, 76)]
    [InlineData(10, 0, 0, 0, 0, 0, 0, VerificationStatus.Unverified, 46)]
    [InlineData(10, 5, 5, 0, 0, 0, 0, VerificationStatus.Verified, 60)]
    [InlineData(50, 0, 0, 0, 0, 0, 0, VerificationStatus.Verified, 100)]
    [InlineData(500, 0, 0, 0, 0, 0, 0, VerificationStatus.Verified, 100)]
    [InlineData(50, 0, 0, 0, 1, 0, 0, VerificationStatus.Verified, 90)]
    [InlineData(50, 0, 0, 0, 0, 2, 0, VerificationStatus.Verified, 90)]
    [InlineData(50, 0, 0, 0, 0, 0, 3, VerificationStatus.Verified, 94)]
    [InlineData(50, 0, 0, 0, 0, 0, 15, VerificationStatus.Verified, 80)]
    [InlineData(50, 0, 0, 50, 0, 0, 0, VerificationStatus.Verified, 95)]
    [InlineData(0, 0, 0, 0, 10, 0, 0, VerificationStatus.Unverified, 0)]
    public void Trust_score_weighs_verification_volume_confirmation_and_hygiene(
        int confirmed,
        int rejected,
        int disputed,
        int cancelled,
        int unresolved,
        int disabledWithGrants,
        int suspicious,
        VerificationStatus verification,
        int expectedScore
    )
    {
        var centre = Centre(
            confirmed,
            rejected,
            disputed,
            cancelled,
            unresolved,
            disabledWithGrants,
            suspicious,
            verification
        );

        Assert.Equal(expectedScore, TrustScorer.Score(centre).Score);
    }

    [Fact]
    public void Rates_are_shares_of_decided_visits()
    {
        var result = TrustScorer.Score(Centre(confirmed: 6, rejected: 2, disputed: 2, cancelled: 5));

        Assert.Equal(0.6, result.ConfirmationRate, 10);
        Assert.Equal(0.2, result.DisputeRate, 10);
        Assert.Equal(6, result.ConfirmedVisits);
    }

    [Fact]
    public void Rates_are_zero_before_any_visit_is_decided()
    {
        var result = TrustScorer.Score(Centre(cancelled: 3));

        Assert.Equal(0, result.ConfirmationRate);
        Assert.Equal(0, result.DisputeRate);
    }
}
