namespace CarPass.Data.Timeline;

/// <summary>An unlock; <see cref="VehicleId"/> and <see cref="ServiceCenterId"/> are null where they do not apply.</summary>
public sealed record EarnedBadge(BadgeInfo Badge, DateTime UnlockedAt, Guid? VehicleId, Guid? ServiceCenterId);
