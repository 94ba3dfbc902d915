using CarPass.Domain.Achievements;

namespace CarPass.Data.Timeline;

/// <summary>A catalogue entry; texts live under "achievement.{Code}.*".</summary>
public sealed record BadgeInfo(string Code, AchievementScope Scope, string Category);
