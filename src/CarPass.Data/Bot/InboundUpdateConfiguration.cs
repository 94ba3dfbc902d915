using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CarPass.Data.Bot;

internal sealed class InboundUpdateConfiguration : IEntityTypeConfiguration<InboundUpdate>
{
    public void Configure(EntityTypeBuilder<InboundUpdate> b)
    {
        b.HasKey(x => x.UpdateId);
        b.Property(x => x.UpdateId).ValueGeneratedNever();
        b.HasIndex(x => new
        {
            x.ProcessedAt,
            x.ChatId,
            x.UpdateId,
        });
    }
}
