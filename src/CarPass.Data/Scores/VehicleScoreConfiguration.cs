using CarPass.Data.Vehicles;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CarPass.Data.Scores;

internal sealed class VehicleScoreConfiguration : IEntityTypeConfiguration<VehicleScore>
{
    public void Configure(EntityTypeBuilder<VehicleScore> b)
    {
        b.ToTable("vehicle_scores");
        b.HasOne<Vehicle>().WithMany().HasForeignKey(x => x.VehicleId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => x.VehicleId).IsUnique();
    }
}
