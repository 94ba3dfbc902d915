using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CarPass.Data.Leases;

internal sealed class NamedLeaseConfiguration : IEntityTypeConfiguration<NamedLease>
{
    public void Configure(EntityTypeBuilder<NamedLease> b)
    {
        b.HasKey(x => x.Name);
        b.Property(x => x.Name).HasMaxLength(64);
        b.Property(x => x.Owner).HasMaxLength(128);
    }
}
