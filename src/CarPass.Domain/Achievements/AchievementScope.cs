namespace CarPass.Domain.Achievements;

public enum AchievementScope
{
    User,
    Vehicle,
    ServiceCenter,
}
