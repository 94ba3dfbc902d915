using CarPass.Data.Users;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CarPass.Data.Tyres;

/// <summary>A table of its own rather than a column of users: the owner's settings stay as they were.</summary>
internal sealed class FirstFrostConfiguration : IEntityTypeConfiguration<FirstFrost>
{
    public void Configure(EntityTypeBuilder<FirstFrost> b)
    {
        b.HasKey(x => x.UserId);
        b.HasOne<User>().WithMany().HasForeignKey(x => x.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
