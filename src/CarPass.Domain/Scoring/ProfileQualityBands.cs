namespace CarPass.Domain.Scoring;

/// <summary>Spec section 4: 0–30 Basic, 31–60 Useful, 61–85 Strong, 86–100 High confidence.</summary>
public static class ProfileQualityBands
{
    public const int BasicMax = 30;
    public const int UsefulMax = 60;
    public const int StrongMax = 85;

    public static ProfileQuality For(int score) =>
        score switch
        {
            <= BasicMax => ProfileQuality.Basic,
            <= UsefulMax => ProfileQuality.Useful,
            <= StrongMax => ProfileQuality.Strong,
            _ => ProfileQuality.HighConfidence,
        };
}
