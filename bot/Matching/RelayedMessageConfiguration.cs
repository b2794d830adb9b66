using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BuurtBot.Matching;

internal sealed class RelayedMessageConfiguration : IEntityTypeConfiguration<RelayedMessage>
{
    public void Configure(EntityTypeBuilder<RelayedMessage> builder)
    {
        builder.ToTable("RelayedMessages");
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Text).HasMaxLength(1600);
        builder.HasOne<Requests.Request>().WithMany().HasForeignKey(m => m.RequestId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(m => new { m.RequestId, m.Id });
    }
}
