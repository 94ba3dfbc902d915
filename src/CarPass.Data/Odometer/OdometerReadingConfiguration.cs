using CarPass.Data.Vehicles;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CarPass.Data.Odometer;

internal sealed class OdometerReadingConfiguration : IEntityTypeConfiguration<OdometerReading>
{
    public const string TrustedByValue = "ix_odometer_readings_trusted_by_value";

    public void Configure(EntityTypeBuilder<OdometerReading> b)
    {
        b.HasOne<Vehicle>().WithMany().HasForeignKey(x => x.VehicleId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.VehicleId, x.RecordedAt });
        // A new reading is checked against the highest trusted one until its moment (OdometerWriter):
        // found at the end of this index instead of by sorting every reading of the car.
        b.HasIndex(x => new
            {
                x.VehicleId,
                x.ValueKm,
                x.RecordedAt,
            })
            .HasDatabaseName(TrustedByValue)
            .HasFilter("is_trusted");
    }
}
