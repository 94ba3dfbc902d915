using CarPass.Data.Users;
using CarPass.Data.Vehicles;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CarPass.Data.Claims;

internal sealed class VehicleClaimConfiguration : IEntityTypeConfiguration<VehicleClaim>
{
    public void Configure(EntityTypeBuilder<VehicleClaim> b)
    {
        b.HasOne<Vehicle>().WithMany().HasForeignKey(x => x.VehicleId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Vehicle>().WithMany().HasForeignKey(x => x.ClaimantVehicleId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<User>().WithMany().HasForeignKey(x => x.ClaimantUserId).OnDelete(DeleteBehavior.Restrict);
        b.Property(x => x.Vin).HasMaxLength(17);
        // One open claim per claimant and passport: asking again returns the same claim.
        b.HasIndex(x => new { x.ClaimantUserId, x.VehicleId })
            .HasDatabaseName("ux_vehicle_claims_one_open")
            .IsUnique()
            .HasFilter("status = 'Open'");
        b.HasIndex(x => new { x.Status, x.CreatedAt });
    }
}
