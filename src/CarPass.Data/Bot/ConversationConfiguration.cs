using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CarPass.Data.Bot;

internal sealed class ConversationConfiguration : IEntityTypeConfiguration<Conversation>
{
    public void Configure(EntityTypeBuilder<Conversation> b)
    {
        b.HasKey(x => x.ChatId);
        b.Property(x => x.ChatId).ValueGeneratedNever();
        b.Property(x => x.Flow).HasMaxLength(32);
        b.Property(x => x.DraftJson).HasMaxLength(8000);
    }
}
