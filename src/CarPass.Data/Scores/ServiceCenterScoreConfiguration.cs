using CarPass.Data.ServiceCenters;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CarPass.Data.Scores;

internal sealed class ServiceCenterScoreConfiguration : IEntityTypeConfiguration<ServiceCenterScore>
{
    public void Configure(EntityTypeBuilder<ServiceCenterScore> b)
    {
        b.ToTable("service_center_scores");
        b.HasOne<ServiceCenter>().WithMany().HasForeignKey(x => x.ServiceCenterId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => x.ServiceCenterId).IsUnique();
    }
}
