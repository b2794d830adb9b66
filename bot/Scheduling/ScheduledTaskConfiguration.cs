using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BuurtBot.Scheduling;

internal sealed class ScheduledTaskConfiguration : IEntityTypeConfiguration<ScheduledTask>
{
    public void Configure(EntityTypeBuilder<ScheduledTask> builder)
    {
        builder.ToTable("ScheduledTasks");
        builder.HasKey(t => t.Id);
        builder.Property(t => t.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(t => t.Status).HasConversion<string>().HasMaxLength(10);
        builder.HasOne(t => t.Request).WithMany().HasForeignKey(t => t.RequestId).OnDelete(DeleteBehavior.Cascade);
        // A task's work commits only while the claim that started it still holds.
        builder.Property(t => t.ClaimToken).IsConcurrencyToken();
        builder.HasIndex(t => new { t.Status, t.DueAt });
        builder.HasIndex(t => t.ClaimToken);
        builder.HasIndex(t => new { t.RequestId, t.Kind });
    }
}
