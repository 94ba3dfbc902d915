using CarPass.Data.Users;
using CarPass.Data.Vehicles;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CarPass.Data.Notifications;

internal sealed class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> b)
    {
        b.ToTable("notification_outbox");
        b.HasOne<User>().WithMany().HasForeignKey(x => x.UserId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Vehicle>().WithMany().HasForeignKey(x => x.VehicleId).OnDelete(DeleteBehavior.Restrict);
        b.Property(x => x.PeriodKey).HasMaxLength(32);
        b.HasIndex(x => new
            {
                x.VehicleId,
                x.Kind,
                x.PeriodKey,
            })
            .IsUnique();
        b.HasIndex(x => new { x.Status, x.NotBefore });
    }
}
