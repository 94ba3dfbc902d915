namespace CarPass.Data.Achievements;

/// <summary>
/// An unlock. <see cref="VehicleId"/> and <see cref="ServiceCenterId"/> hold <see cref="Guid.Empty"/>
/// when they do not apply: SQL unique indexes treat NULLs as distinct, and the unique index over
/// (user, achievement, vehicle, centre) is the last line of defence against double unlocks.
/// </summary>
public sealed class UserAchievement
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid UserId { get; set; }
    public Guid AchievementId { get; set; }
    public Guid VehicleId { get; set; }
    public Guid ServiceCenterId { get; set; }
    public DateTime UnlockedAt { get; set; }
    public string? MetadataJson { get; set; }
}
