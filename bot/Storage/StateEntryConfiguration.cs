using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BuurtBot.Storage;

internal sealed class StateEntryConfiguration : IEntityTypeConfiguration<StateEntry>
{
    public void Configure(EntityTypeBuilder<StateEntry> builder)
    {
        builder.ToTable("StateEntries");
        builder.HasKey(e => e.Key);
        builder.Property(e => e.Key).HasMaxLength(200);
        builder.Property(e => e.ETag).HasMaxLength(40).IsConcurrencyToken();
        builder.Property(e => e.Json).IsRequired();
    }
}
