using CarPass.Domain.Scoring;
using CarPass.Domain.Texts;

namespace CarPass.Domain.Tests.Scoring;

public class ProfileQualityLabelTests
{
    [Theory]
    [InlineData(ProfileQuality.Basic, VerifiedHistoryStatus.SelfReported, "profile_quality.basic")]
    [InlineData(ProfileQuality.Useful, VerifiedHistoryStatus.SelfReported, "profile_quality.useful")]
    [InlineData(ProfileQuality.Strong, VerifiedHistoryStatus.SelfReported, "profile_quality.detailed")]
    [InlineData(ProfileQuality.HighConfidence, VerifiedHistoryStatus.SelfReported, "profile_quality.detailed")]
    [InlineData(ProfileQuality.Strong, VerifiedHistoryStatus.PartiallyVerified, "profile_quality.strong")]
    [InlineData(ProfileQuality.HighConfidence, VerifiedHistoryStatus.Verified, "profile_quality.high_confidence")]
    public void The_upper_bands_speak_of_maintenance_only_after_a_confirmed_visit(
        ProfileQuality quality,
        VerifiedHistoryStatus history,
        string key
    ) => Assert.Equal(key, ProfileQualityLabel.Key(quality, history));

    [Fact]
    public void A_strong_passport_without_confirmed_service_does_not_claim_a_strong_maintenance_profile()
    {
        var key = ProfileQualityLabel.Key(ProfileQualityBands.For(65), VerifiedHistoryStatus.SelfReported);

        Assert.DoesNotContain("Надёжный", TextCatalog.Get(Language.Ru, key));
        Assert.DoesNotContain("Strong", TextCatalog.Get(Language.En, key));
        Assert.True(TextCatalog.Has(Language.Ru, key) && TextCatalog.Has(Language.En, key));
    }
}
