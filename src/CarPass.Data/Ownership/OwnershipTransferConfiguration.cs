using CarPass.Data.Vehicles;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CarPass.Data.Ownership;

internal sealed class OwnershipTransferConfiguration : IEntityTypeConfiguration<OwnershipTransfer>
{
    public void Configure(EntityTypeBuilder<OwnershipTransfer> b)
    {
        b.HasOne<Vehicle>().WithMany().HasForeignKey(x => x.VehicleId).OnDelete(DeleteBehavior.Restrict);
        b.Property(x => x.Code).HasMaxLength(64);
        b.HasIndex(x => x.Code).IsUnique();
        // Single use across instances: the second of two racing accepts (or an accept racing a
        // cancel) updates no row.
        b.Property(x => x.AcceptedAt).IsConcurrencyToken();
        b.Property(x => x.CancelledAt).IsConcurrencyToken();
    }
}
