using CarPass.Data.Users;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CarPass.Data.Achievements;

internal sealed class UserAchievementConfiguration : IEntityTypeConfiguration<UserAchievement>
{
    public void Configure(EntityTypeBuilder<UserAchievement> b)
    {
        b.ToTable("user_achievements");
        b.HasOne<User>().WithMany().HasForeignKey(x => x.UserId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Achievement>().WithMany().HasForeignKey(x => x.AchievementId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new
            {
                x.UserId,
                x.AchievementId,
                x.VehicleId,
                x.ServiceCenterId,
            })
            .IsUnique();
        // Recomputes ask "has this vehicle (centre) got this badge?" for every vehicle (centre) they touch.
        b.HasIndex(x => new { x.VehicleId, x.AchievementId });
        b.HasIndex(x => new { x.ServiceCenterId, x.AchievementId });
    }
}
