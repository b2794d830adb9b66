using BuurtBot.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BuurtBot.Requests;

internal sealed class RequestConfiguration : IEntityTypeConfiguration<Request>
{
    public void Configure(EntityTypeBuilder<Request> builder)
    {
        builder.ToTable("Requests");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Kind).HasConversion<string>().HasMaxLength(10);
        builder.Property(r => r.Status).HasConversion<string>().HasMaxLength(12);
        builder.Property(r => r.PartOfDay).HasConversion<string>().HasMaxLength(10);
        builder.Property(r => r.Category).HasConversion<string>().HasMaxLength(12);
        builder.Property(r => r.Diets).HasEnumListConversion(200);
        builder.Property(r => r.Item).HasMaxLength(60);
        builder.Property(r => r.Description).HasMaxLength(500);
        builder.Property(r => r.Version).IsConcurrencyToken();
        builder.Ignore(r => r.IsOpen);
        builder.Ignore(r => r.What);
        builder.Ignore(r => r.Repeat);
        builder.Ignore(r => r.NextDate);
        builder.HasIndex(r => r.PreviousOccurrenceId);
        builder.OwnsOne(r => r.Beneficiary, beneficiary =>
        {
            beneficiary.Property(b => b.Name).HasMaxLength(60);
            beneficiary.Property(b => b.Relation).HasMaxLength(30);
            beneficiary.Property(b => b.Street).HasMaxLength(100);
            beneficiary.Property(b => b.HouseNumber).HasMaxLength(12);
            beneficiary.Property(b => b.Postcode).HasMaxLength(6);
            beneficiary.Property(b => b.Phone).HasMaxLength(20);
        });
        builder.HasOne<Members.Member>().WithMany().HasForeignKey(r => r.RequesterId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(r => new { r.RequesterId, r.Status });
        builder.HasIndex(r => new { r.Status, r.Kind, r.Date });
        builder.HasIndex(r => r.MatchedMemberId);
    }
}
