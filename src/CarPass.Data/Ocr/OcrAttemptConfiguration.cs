using CarPass.Data.Users;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CarPass.Data.Ocr;

internal sealed class OcrAttemptConfiguration : IEntityTypeConfiguration<OcrAttempt>
{
    public void Configure(EntityTypeBuilder<OcrAttempt> b)
    {
        b.HasKey(x => x.UpdateId);
        b.Property(x => x.UpdateId).ValueGeneratedNever();
        b.HasOne<User>().WithMany().HasForeignKey(x => x.UserId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.UserId, x.CreatedAt });
    }
}
