using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BuurtBot.Coordination;

internal sealed class CoordinatorItemConfiguration : IEntityTypeConfiguration<CoordinatorItem>
{
    public void Configure(EntityTypeBuilder<CoordinatorItem> builder)
    {
        builder.ToTable("CoordinatorItems");
        builder.HasKey(i => i.Id);
        builder.Property(i => i.Reason).HasMaxLength(100).IsRequired();
        builder.Property(i => i.Summary).HasMaxLength(1000);
        builder.HasOne<Members.Member>().WithMany().HasForeignKey(i => i.MemberId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(i => new { i.Closed, i.CreatedAt });
    }
}
