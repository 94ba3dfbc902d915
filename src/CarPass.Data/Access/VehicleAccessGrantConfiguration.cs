using CarPass.Data.ServiceCenters;
using CarPass.Data.Users;
using CarPass.Data.Vehicles;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CarPass.Data.Access;

internal sealed class VehicleAccessGrantConfiguration : IEntityTypeConfiguration<VehicleAccessGrant>
{
    public void Configure(EntityTypeBuilder<VehicleAccessGrant> b)
    {
        b.HasOne<Vehicle>().WithMany().HasForeignKey(x => x.VehicleId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<User>().WithMany().HasForeignKey(x => x.UserId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<ServiceCenter>().WithMany().HasForeignKey(x => x.ServiceCenterId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.UserId, x.VehicleId });
        b.HasIndex(x => new { x.ServiceCenterId, x.VehicleId });
        b.HasIndex(x => x.VehicleId);
        // One live owner per vehicle. Owner grants never expire (only revocation ends them), so the
        // filter needs no clock: two transfers accepted at once cannot both leave an owner.
        b.HasIndex(x => x.VehicleId, "OneLiveOwner")
            .HasDatabaseName("ux_vehicle_access_grants_one_live_owner")
            .IsUnique()
            .HasFilter("role = 'Owner' AND revoked_at IS NULL");
    }
}
