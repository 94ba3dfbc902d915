namespace CarPass.Domain.Achievements;

/// <summary>One catalogue entry. <paramref name="Criteria"/> names a rule in <see cref="AchievementRules"/>.</summary>
public sealed record AchievementDefinition(
    string Code,
    AchievementScope Scope,
    string Criteria,
    string Icon,
    string Category,
    bool IsActive = true
);
