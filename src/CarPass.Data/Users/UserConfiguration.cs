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
        // The column's default fills rows written before it existed; the sentinel says no value of
        // ours is "unset", so quiet hours from midnight (0) are stored as 0, not replaced by the default.
        b.OwnsOne(x => x.Notifications, n => n.Property(p => p.QuietHoursStart).HasDefaultValue(21).HasSentinel(-1));
    }
}
