using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace BuurtBot.Data;

/// <summary>Stores a moment as UTC ticks (a long), so every provider can sort and compare it.</summary>
internal sealed class DateTimeOffsetToUtcTicksConverter() : ValueConverter<DateTimeOffset, long>(
    value => value.UtcTicks,
    ticks => new DateTimeOffset(ticks, TimeSpan.Zero));
