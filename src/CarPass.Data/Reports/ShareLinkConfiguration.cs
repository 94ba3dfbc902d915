using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CarPass.Data.Reports;

internal sealed class ShareLinkConfiguration : IEntityTypeConfiguration<ShareLink>
{
    public void Configure(EntityTypeBuilder<ShareLink> b)
    {
        b.ToTable("share_links");
        b.Property(x => x.TokenHash).HasMaxLength(64);
        b.Property(x => x.ReportId).HasMaxLength(16);
        b.Property(x => x.AuthorFirstName).HasMaxLength(64);
        b.HasIndex(x => x.TokenHash).IsUnique();
        b.HasIndex(x => x.ReportId).IsUnique();
        b.HasIndex(x => new { x.VehicleId, x.ExpiresAt });
        b.HasIndex(x => new { x.CreatedByUserId, x.ExpiresAt });
    }
}
