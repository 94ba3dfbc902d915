using CarPass.Data.ServiceCenters;
using CarPass.Data.Vehicles;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CarPass.Data.Access;

internal sealed class AccessRequestConfiguration : IEntityTypeConfiguration<AccessRequest>
{
    public void Configure(EntityTypeBuilder<AccessRequest> b)
    {
        b.HasOne<Vehicle>().WithMany().HasForeignKey(x => x.VehicleId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<ServiceCenter>().WithMany().HasForeignKey(x => x.ServiceCenterId).OnDelete(DeleteBehavior.Restrict);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasIndex(x => new { x.VehicleId, x.Status });
        // One open request per centre and vehicle, even when two employees ask at the same moment.
        b.HasIndex(x => new { x.VehicleId, x.ServiceCenterId }).IsUnique().HasFilter("status = 'Pending'");
    }
}
