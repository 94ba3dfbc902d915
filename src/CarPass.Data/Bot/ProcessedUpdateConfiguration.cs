using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CarPass.Data.Bot;

internal sealed class ProcessedUpdateConfiguration : IEntityTypeConfiguration<ProcessedUpdate>
{
    public void Configure(EntityTypeBuilder<ProcessedUpdate> b)
    {
        b.HasKey(x => x.UpdateId);
        b.Property(x => x.UpdateId).ValueGeneratedNever();
        b.HasIndex(x => x.ProcessedAt);
    }
}
