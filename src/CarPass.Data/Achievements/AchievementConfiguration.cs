using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CarPass.Data.Achievements;

internal sealed class AchievementConfiguration : IEntityTypeConfiguration<Achievement>
{
    public void Configure(EntityTypeBuilder<Achievement> b)
    {
        b.ToTable("achievements");
        b.Property(x => x.Code).HasMaxLength(64);
        b.Property(x => x.Criteria).HasMaxLength(64);
        b.HasIndex(x => x.Code).IsUnique();
    }
}
