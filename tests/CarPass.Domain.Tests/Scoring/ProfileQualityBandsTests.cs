using CarPass.Domain.Scoring;

namespace CarPass.Domain.Tests.Scoring;

public class ProfileQualityBandsTests
{
    [Theory]
    [InlineData(0, ProfileQuality.Basic)]
    [InlineData(30, ProfileQuality.Basic)]
    [InlineData(31, ProfileQuality.Useful)]
    [InlineData(60, ProfileQuality.Useful)]
    [InlineData(61, ProfileQuality.Strong)]
    [InlineData(85, ProfileQuality.Strong)]
    [InlineData(86, ProfileQuality.HighConfidence)]
    [InlineData(100, ProfileQuality.HighConfidence)]
    public void Quality_bands_follow_the_spec(int score, ProfileQuality expected)
    {
        Assert.Equal(expected, ProfileQualityBands.For(score));
    }
}
