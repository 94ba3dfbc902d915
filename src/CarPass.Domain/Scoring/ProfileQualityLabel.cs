using CarPass.Domain.Common;

namespace CarPass.Domain.Scoring;

/// <summary>
/// The words for a completeness band. The bands measure how complete the passport is (spec §4);
/// the names of the two upper ones speak of maintenance and confidence, which a passport without
/// one confirmed service visit has not earned, so such a passport is called "detailed" instead.
/// The band itself (and its number) is unchanged.
/// </summary>
public static class ProfileQualityLabel
{
    public const string Detailed = "detailed";

    /// <summary>The text key: <c>profile_quality.{band}</c>, or <c>profile_quality.detailed</c>.</summary>
    public static string Key(ProfileQuality quality, VerifiedHistoryStatus history) =>
        "profile_quality."
        + (
            quality is ProfileQuality.Strong or ProfileQuality.HighConfidence
            && history == VerifiedHistoryStatus.SelfReported
                ? Detailed
                : SnakeCase.Of(quality)
        );
}
