using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CarPass.Data.Bot;

internal sealed class ChatLeaseConfiguration : IEntityTypeConfiguration<ChatLease>
{
    public void Configure(EntityTypeBuilder<ChatLease> b)
    {
        b.HasKey(x => x.ChatId);
        b.Property(x => x.ChatId).ValueGeneratedNever();
        b.Property(x => x.Owner).HasMaxLength(128);
    }
}
