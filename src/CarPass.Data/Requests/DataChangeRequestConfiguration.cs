using CarPass.Data.Vehicles;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CarPass.Data.Requests;

internal sealed class DataChangeRequestConfiguration : IEntityTypeConfiguration<DataChangeRequest>
{
    public void Configure(EntityTypeBuilder<DataChangeRequest> b)
    {
        b.HasOne<Vehicle>().WithMany().HasForeignKey(x => x.VehicleId).OnDelete(DeleteBehavior.Restrict);
        b.Property(x => x.ProposedValue).HasMaxLength(256);
        b.Property(x => x.PreviousValue).HasMaxLength(256);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasIndex(x => new { x.VehicleId, x.Status });
    }
}
