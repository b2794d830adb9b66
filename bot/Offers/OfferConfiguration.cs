using BuurtBot.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BuurtBot.Offers;

internal sealed class OfferConfiguration : IEntityTypeConfiguration<Offer>
{
    public void Configure(EntityTypeBuilder<Offer> builder)
    {
        builder.ToTable("Offers");
        builder.HasKey(o => o.Id);
        builder.Property(o => o.Kind).HasConversion<string>().HasMaxLength(10);
        builder.Property(o => o.Status).HasConversion<string>().HasMaxLength(10);
        builder.Property(o => o.Dish).HasMaxLength(80);
        builder.Property(o => o.Item).HasMaxLength(60);
        builder.Property(o => o.PricePerPortion).HasPrecision(8, 2);
        builder.Property(o => o.Diets).HasEnumListConversion(200);
        builder.Property(o => o.Categories).HasEnumListConversion(200);
        builder.Property(o => o.Days).HasEnumListConversion(80);
        builder.Property(o => o.Version).IsConcurrencyToken();
        builder.HasOne<Members.Member>().WithMany().HasForeignKey(o => o.OffererId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(o => o.OffererPostcode).HasMaxLength(6);
        builder.HasIndex(o => new { o.Status, o.Kind, o.Date, o.OffererPostcode }); // an area's meals on a day
        builder.HasIndex(o => new { o.OffererId, o.Status });
        // A lent thing whose name is part of what is asked for ("ladder" for "trapladder"), in an area: with the
        // postcode in the index SQLite finds the area's offers there instead of reading every such offer in town.
        builder.HasIndex(o => new { o.Item, o.OffererPostcode });
        builder.HasMany(o => o.CategoryRows).WithOne().HasForeignKey(c => c.OfferId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(o => o.CategoryRows).HasField("categoryRows").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasMany(o => o.ItemSuffixes).WithOne().HasForeignKey(s => s.OfferId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(o => o.ItemSuffixes).HasField("itemSuffixes").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
