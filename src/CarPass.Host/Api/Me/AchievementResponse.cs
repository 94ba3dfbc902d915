using CarPass.Domain.Achievements;

namespace CarPass.Host.Api.Me;

/// <summary>A badge: earned ones carry the unlock time and what it belongs to; catalogue ones do not.</summary>
public sealed record AchievementResponse(
    string Code,
    AchievementScope Scope,
    string Category,
    string Title,
    string Description,
    DateTime? UnlockedAt,
    Guid? VehicleId,
    Guid? ServiceCenterId
);
