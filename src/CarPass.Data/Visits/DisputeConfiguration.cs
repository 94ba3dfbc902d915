using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CarPass.Data.Visits;

internal sealed class DisputeConfiguration : IEntityTypeConfiguration<Dispute>
{
    public void Configure(EntityTypeBuilder<Dispute> b)
    {
        b.HasOne<ServiceVisit>().WithMany().HasForeignKey(x => x.ServiceVisitId).OnDelete(DeleteBehavior.Restrict);
        b.Property(x => x.Reason).HasMaxLength(1000);
        b.Property(x => x.CenterResponse).HasMaxLength(1000);
        b.Property(x => x.Resolution).HasMaxLength(1000);
        b.HasIndex(x => new { x.ServiceVisitId, x.Status });
    }
}
