namespace CarPass.Host.Api.Me;

/// <summary>GET /api/me/achievements: what the user has earned, and the active catalogue it comes from.</summary>
public sealed record AchievementsResponse(
    IReadOnlyList<AchievementResponse> Earned,
    IReadOnlyList<AchievementResponse> Catalogue
);
