using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CarPass.Data.ServiceCenters;

internal sealed class ServiceCenterConfiguration : IEntityTypeConfiguration<ServiceCenter>
{
    public void Configure(EntityTypeBuilder<ServiceCenter> b)
    {
        b.Property(x => x.Name).HasMaxLength(128);
        b.Property(x => x.City).HasMaxLength(128);
        b.Property(x => x.Address).HasMaxLength(256);
        b.Property(x => x.Contact).HasMaxLength(128);
        b.Property(x => x.VerificationNote).HasMaxLength(1000);
    }
}
