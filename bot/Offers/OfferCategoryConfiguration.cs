using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BuurtBot.Offers;

internal sealed class OfferCategoryConfiguration : IEntityTypeConfiguration<OfferCategory>
{
    public void Configure(EntityTypeBuilder<OfferCategory> builder)
    {
        builder.ToTable("OfferCategories");
        builder.HasKey(c => new { c.OfferId, c.Category });
        builder.Property(c => c.Category).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.OffererPostcode).HasMaxLength(6);
        builder.HasIndex(c => new { c.Category, c.OffererPostcode, c.OfferId }); // the help offers for one kind of help in an area
    }
}
