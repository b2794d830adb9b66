using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BuurtBot.Inbound;

internal sealed class InboundReceiptConfiguration : IEntityTypeConfiguration<InboundReceipt>
{
    public void Configure(EntityTypeBuilder<InboundReceipt> builder)
    {
        builder.ToTable("InboundReceipts");
        builder.HasKey(r => r.MessageId);
        builder.Property(r => r.MessageId).HasMaxLength(80);
        builder.Property(r => r.Channel).HasConversion<string>().HasMaxLength(12);
        builder.Property(r => r.From).HasMaxLength(20);
        builder.Property(r => r.Text).HasMaxLength(1600);
        builder.HasIndex(r => r.ReceivedAt);
        builder.HasIndex(r => new { r.From, r.ReceivedAt });
    }
}
