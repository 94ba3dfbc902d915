namespace CarPass.Domain.Scoring;

public sealed record CompletenessResult(int Score, ProfileQuality Quality, IReadOnlyList<MissingItem> MissingItems);
