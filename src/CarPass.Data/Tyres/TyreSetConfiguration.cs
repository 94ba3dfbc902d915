using CarPass.Data.Vehicles;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CarPass.Data.Tyres;

internal sealed class TyreSetConfiguration : IEntityTypeConfiguration<TyreSet>
{
    public void Configure(EntityTypeBuilder<TyreSet> b)
    {
        b.HasOne<Vehicle>().WithMany().HasForeignKey(x => x.VehicleId).OnDelete(DeleteBehavior.Restrict);
        b.Property(x => x.Size).HasMaxLength(16);
        b.HasIndex(x => x.VehicleId);
    }
}
