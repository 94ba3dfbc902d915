using CarPass.Data.ServiceCenters;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CarPass.Data.Users;

internal sealed class ServiceCenterMuteConfiguration : IEntityTypeConfiguration<ServiceCenterMute>
{
    public void Configure(EntityTypeBuilder<ServiceCenterMute> b)
    {
        b.HasKey(x => new { x.UserId, x.ServiceCenterId });
        b.HasOne<User>().WithMany().HasForeignKey(x => x.UserId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<ServiceCenter>().WithMany().HasForeignKey(x => x.ServiceCenterId).OnDelete(DeleteBehavior.Restrict);
    }
}
