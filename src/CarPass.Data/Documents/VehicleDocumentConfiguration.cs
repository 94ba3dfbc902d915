using CarPass.Data.Vehicles;
using CarPass.Domain.Documents;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CarPass.Data.Documents;

internal sealed class VehicleDocumentConfiguration : IEntityTypeConfiguration<VehicleDocument>
{
    public void Configure(EntityTypeBuilder<VehicleDocument> b)
    {
        b.HasOne<Vehicle>().WithMany().HasForeignKey(x => x.VehicleId).OnDelete(DeleteBehavior.Restrict);
        b.Property(x => x.Number).HasMaxLength(DocumentNumber.MaxLength);
        b.Property(x => x.PhotoFileId).HasMaxLength(256);
        b.HasIndex(x => new { x.VehicleId, x.ExpiresOn });
    }
}
