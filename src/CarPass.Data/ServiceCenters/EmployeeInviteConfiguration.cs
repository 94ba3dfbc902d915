using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CarPass.Data.ServiceCenters;

internal sealed class EmployeeInviteConfiguration : IEntityTypeConfiguration<EmployeeInvite>
{
    public void Configure(EntityTypeBuilder<EmployeeInvite> b)
    {
        b.HasOne<ServiceCenter>().WithMany().HasForeignKey(x => x.ServiceCenterId).OnDelete(DeleteBehavior.Restrict);
        b.Property(x => x.Code).HasMaxLength(64);
        b.HasIndex(x => x.Code).IsUnique();
        // Single use across instances: the second of two racing accepts updates no row.
        b.Property(x => x.UsedAt).IsConcurrencyToken();
    }
}
