using CarPass.Data.Users;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CarPass.Data.Ocr;

internal sealed class OcrScanConfiguration : IEntityTypeConfiguration<OcrScan>
{
    public void Configure(EntityTypeBuilder<OcrScan> b)
    {
        b.HasOne<User>().WithMany().HasForeignKey(x => x.UserId).OnDelete(DeleteBehavior.Restrict);
        b.Property(x => x.ChosenValue).HasMaxLength(256);
        b.HasIndex(x => new { x.UserId, x.CreatedAt });
        b.HasIndex(x => new { x.VehicleId, x.CreatedAt }); // the vehicle's timeline
    }
}
