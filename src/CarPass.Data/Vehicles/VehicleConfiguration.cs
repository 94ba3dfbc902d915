using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CarPass.Data.Vehicles;

internal sealed class VehicleConfiguration : IEntityTypeConfiguration<Vehicle>
{
    public void Configure(EntityTypeBuilder<Vehicle> b)
    {
        b.Property(x => x.Name).HasMaxLength(64);
        b.Property(x => x.Make).HasMaxLength(64);
        b.Property(x => x.Model).HasMaxLength(64);
        b.Property(x => x.Vin).HasMaxLength(17);
        b.Property(x => x.PlateNumber).HasMaxLength(16);
        b.Property(x => x.PlateCountry).HasMaxLength(2);
        b.Property(x => x.EngineOilType).HasMaxLength(64);
        b.Property(x => x.TransmissionFluid).HasMaxLength(64);
        b.Property(x => x.CoolantType).HasMaxLength(64);
        b.Property(x => x.BrakeFluidType).HasMaxLength(64);
        // One VIN, one active passport; archived passports keep their VIN and do not count.
        b.HasIndex(x => x.Vin)
            .HasDatabaseName("ux_vehicles_active_vin")
            .IsUnique()
            .HasFilter("vin IS NOT NULL AND state = 'Active'");
        b.HasIndex(x => x.PlateNumber);
    }
}
