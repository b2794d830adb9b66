using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BuurtBot.Outbox;

internal sealed class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> builder)
    {
        builder.ToTable("OutboxMessages");
        builder.HasKey(m => m.Id);
        builder.Property(m => m.To).HasMaxLength(20).IsRequired();
        builder.Property(m => m.Channel).HasConversion<string>().HasMaxLength(12);
        builder.Property(m => m.Status).HasConversion<string>().HasMaxLength(12);
        builder.Property(m => m.Text).HasMaxLength(1600).IsRequired();
        builder.Property(m => m.ProviderId).HasMaxLength(64);
        builder.HasIndex(m => new { m.To, m.Id });
        builder.HasIndex(m => new { m.Status, m.NextAttemptAt });
        builder.HasIndex(m => m.ClaimToken);
        builder.HasIndex(m => m.ProviderId);
    }
}
