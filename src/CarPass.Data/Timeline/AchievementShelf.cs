namespace CarPass.Data.Timeline;

/// <summary>The badges a user sees and the active catalogue they come from.</summary>
public sealed record AchievementShelf(IReadOnlyList<EarnedBadge> Earned, IReadOnlyList<BadgeInfo> Catalogue);
