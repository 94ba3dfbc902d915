using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CarPass.Data.Users;

internal sealed class UserConfiguration : IEntityTypeConfiguration<User>
{
    public void Configure(EntityTypeBuilder<User> b)
    {
        b.HasIndex(x => x.TelegramId).IsUnique();
        b.Property(x => x.FirstName).HasMaxLength(256);
        b.Property(x => x.LastName).HasMaxLength(256);
        b.Property(x => x.Username).HasMaxLength(64);
        b.Property(x => x.Language).HasMaxLength(8);
        b.Property(x => x.TimeZone).HasMaxLength(64);
        b.OwnsOne(x => x.Notifications, n => n.Property(p => p.QuietHoursStart).HasDefaultValue(21));
    }
}
