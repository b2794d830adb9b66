using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BuurtBot.Matching;

internal sealed class QuestionConfiguration : IEntityTypeConfiguration<Question>
{
    public void Configure(EntityTypeBuilder<Question> builder)
    {
        builder.ToTable("Questions");
        builder.HasKey(q => q.Id);
        builder.Property(q => q.Status).HasConversion<string>().HasMaxLength(10);
        builder.Property(q => q.Text).HasMaxLength(600);
        builder.Property(q => q.Kind).HasConversion<string>().HasMaxLength(10);
        builder.HasOne(q => q.Request).WithMany().HasForeignKey(q => q.RequestId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Members.Member>().WithMany().HasForeignKey(q => q.MemberId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(q => new { q.MemberId, q.Status });
        builder.HasIndex(q => new { q.RequestId, q.Status });
        builder.HasIndex(q => new { q.MemberId, q.AskedAt });
    }
}
