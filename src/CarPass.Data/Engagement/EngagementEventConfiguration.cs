using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CarPass.Data.Engagement;

internal sealed class EngagementEventConfiguration : IEntityTypeConfiguration<EngagementEvent>
{
    public void Configure(EntityTypeBuilder<EngagementEvent> b)
    {
        b.ToTable("engagement_events");
        b.Property(x => x.EventType).HasMaxLength(64);
        b.HasIndex(x => new
        {
            x.UserId,
            x.EventType,
            x.CreatedAt,
        });
        b.HasIndex(x => new
        {
            x.VehicleId,
            x.EventType,
            x.CreatedAt,
        });
    }
}
