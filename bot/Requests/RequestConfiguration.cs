using BuurtBot.Dialogs.Understanding;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
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
        builder.Property(r => r.Diets)
            .HasConversion(
                diets => string.Join(',', diets),
                text => text.Length == 0 ? Array.Empty<Diet>() : text.Split(',', StringSplitOptions.None).Select(Enum.Parse<Diet>).ToArray(),
                new ValueComparer<IReadOnlyList<Diet>>(
                    (a, b) => a!.SequenceEqual(b!),
                    d => d.Aggregate(0, (hash, diet) => HashCode.Combine(hash, diet)),
                    d => d.ToArray()))
            .HasMaxLength(200);
        builder.HasOne<Members.Member>().WithMany().HasForeignKey(r => r.RequesterId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(r => new { r.RequesterId, r.Status });
        builder.HasIndex(r => new { r.Status, r.Kind, r.Date });
    }
}
