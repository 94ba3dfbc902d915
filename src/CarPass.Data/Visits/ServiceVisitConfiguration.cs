using CarPass.Data.ServiceCenters;
using CarPass.Data.Vehicles;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CarPass.Data.Visits;

internal sealed class ServiceVisitConfiguration : IEntityTypeConfiguration<ServiceVisit>
{
    public void Configure(EntityTypeBuilder<ServiceVisit> b)
    {
        b.HasOne<Vehicle>().WithMany().HasForeignKey(x => x.VehicleId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<ServiceCenter>().WithMany().HasForeignKey(x => x.ServiceCenterId).OnDelete(DeleteBehavior.Restrict);
        b.PrimitiveCollection(x => x.WorkKinds).ElementType(e => e.HasConversion<string>());
        b.Property(x => x.WorkItems).HasMaxLength(2000);
        b.Property(x => x.Parts).HasMaxLength(2000);
        b.Property(x => x.Note).HasMaxLength(1000);
        b.Property(x => x.Currency).HasMaxLength(3);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasIndex(x => new { x.VehicleId, x.VisitDate });
        b.HasIndex(x => new { x.ServiceCenterId, x.Status });
    }
}
