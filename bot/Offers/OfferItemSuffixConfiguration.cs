using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BuurtBot.Offers;

internal sealed class OfferItemSuffixConfiguration : IEntityTypeConfiguration<OfferItemSuffix>
{
    public void Configure(EntityTypeBuilder<OfferItemSuffix> builder)
    {
        builder.ToTable("OfferItemSuffixes");
        builder.HasKey(s => new { s.OfferId, s.Suffix });
        builder.Property(s => s.Suffix).HasMaxLength(60);
        builder.Property(s => s.OffererPostcode).HasMaxLength(6);
        builder.HasIndex(s => new { s.Suffix, s.OffererPostcode, s.OfferId }); // the lent things whose name contains what is asked for (in an area: read from the index)
    }
}
