namespace CarPass.Domain.Scoring;

/// <summary>Spec section 4 bands: 0–30, 31–60, 61–85, 86–100.</summary>
public enum ProfileQuality
{
    Basic,
    Useful,
    Strong,
    HighConfidence,
}
