using CarPass.Data.Users;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CarPass.Data.CenterReview;

internal sealed class OperatorNoticeConfiguration : IEntityTypeConfiguration<OperatorNotice>
{
    public void Configure(EntityTypeBuilder<OperatorNotice> b)
    {
        b.ToTable("operator_review_notices");
        b.HasKey(x => x.UserId);
        b.HasOne<User>().WithOne().HasForeignKey<OperatorNotice>(x => x.UserId).OnDelete(DeleteBehavior.Restrict);
    }
}
