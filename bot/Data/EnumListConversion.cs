using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BuurtBot.Data;

/// <summary>A short list of enum values kept in one column as their names, comma-separated.</summary>
internal static class EnumListConversion
{
    public static PropertyBuilder<IReadOnlyList<T>> HasEnumListConversion<T>(this PropertyBuilder<IReadOnlyList<T>> property, int maxLength)
        where T : struct, Enum =>
        property
            .HasConversion(
                values => string.Join(',', values),
                text => text.Length == 0 ? Array.Empty<T>() : text.Split(',', StringSplitOptions.None).Select(Enum.Parse<T>).ToArray(),
                new ValueComparer<IReadOnlyList<T>>(
                    (a, b) => a!.SequenceEqual(b!),
                    list => list.Aggregate(0, (hash, value) => HashCode.Combine(hash, value)),
                    list => list.ToArray()))
            .HasMaxLength(maxLength);
}
