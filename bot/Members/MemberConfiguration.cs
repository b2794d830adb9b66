using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BuurtBot.Members;

internal sealed class MemberConfiguration : IEntityTypeConfiguration<Member>
{
    public void Configure(EntityTypeBuilder<Member> builder)
    {
        builder.ToTable("Members");
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Phone).HasMaxLength(20).IsRequired();
        builder.HasIndex(m => m.Phone).IsUnique();
        builder.Property(m => m.FirstName).HasMaxLength(60);
        builder.Property(m => m.Postcode).HasMaxLength(6);
        builder.Property(m => m.HouseNumber).HasMaxLength(12);
        builder.Property(m => m.Street).HasMaxLength(100);
        builder.Property(m => m.LastChannel).HasConversion<string>().HasMaxLength(12);
        builder.HasIndex(m => m.Postcode);
    }
}
