using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BuurtBot.Storage;

internal sealed class ConversationLeaseConfiguration : IEntityTypeConfiguration<ConversationLease>
{
    public void Configure(EntityTypeBuilder<ConversationLease> builder)
    {
        builder.ToTable("ConversationLeases");
        builder.HasKey(l => l.Key);
        builder.Property(l => l.Key).HasMaxLength(200);

        // A turn lets go of its lease in its closing write: only while it still holds it (TurnUnitOfWork).
        builder.Property(l => l.Holder).IsConcurrencyToken();
    }
}
