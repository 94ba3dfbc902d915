using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CarPass.Data.Audit;

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> b)
    {
        b.ToTable("audit_log");
        b.Property(x => x.Action).HasMaxLength(64);
        b.Property(x => x.EntityType).HasMaxLength(64);
        b.HasIndex(x => new { x.VehicleId, x.OccurredAt });
        b.HasIndex(x => new { x.ServiceCenterId, x.OccurredAt });
        b.HasIndex(x => new { x.ActorUserId, x.OccurredAt });
    }
}
