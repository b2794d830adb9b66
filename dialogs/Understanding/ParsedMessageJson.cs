using System.Globalization;
using System.Text.Json;

namespace BuurtBot.Dialogs.Understanding;

/// <summary>Writes a <see cref="ParsedMessage"/> as exactly the contract's JSON object.</summary>
public static class ParsedMessageJson
{
    private static readonly JsonEncodedText Intent = JsonEncodedText.Encode("intent");
    private static readonly JsonEncodedText Date = JsonEncodedText.Encode("date");
    private static readonly JsonEncodedText Time = JsonEncodedText.Encode("time");
    private static readonly JsonEncodedText PartOfDay = JsonEncodedText.Encode("partOfDay");
    private static readonly JsonEncodedText Portions = JsonEncodedText.Encode("portions");
    private static readonly JsonEncodedText Diet = JsonEncodedText.Encode("diet");
    private static readonly JsonEncodedText Delivery = JsonEncodedText.Encode("delivery");
    private static readonly JsonEncodedText Item = JsonEncodedText.Encode("item");
    private static readonly JsonEncodedText Category = JsonEncodedText.Encode("category");
    private static readonly JsonEncodedText OnBehalfOf = JsonEncodedText.Encode("onBehalfOf");
    private static readonly JsonEncodedText Postcode = JsonEncodedText.Encode("postcode");
    private static readonly JsonEncodedText Confidence = JsonEncodedText.Encode("confidence");

    public static void Write(Utf8JsonWriter writer, ParsedMessage message)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(message);
        Span<char> buffer = stackalloc char[10];
        writer.WriteStartObject();
        writer.WriteString(Intent, WireNames.Of(message.Intent));
        if (message.Date is { } date && date.TryFormat(buffer, out var n, "yyyy-MM-dd", CultureInfo.InvariantCulture))
        {
            writer.WriteString(Date, buffer[..n]);
        }
        else
        {
            writer.WriteNull(Date);
        }

        if (message.Time is { } time && time.TryFormat(buffer, out var m, "HH:mm", CultureInfo.InvariantCulture))
        {
            writer.WriteString(Time, buffer[..m]);
        }
        else
        {
            writer.WriteNull(Time);
        }

        WriteOptional(writer, PartOfDay, message.PartOfDay is { } part ? WireNames.Of(part) : null);
        if (message.Portions is { } portions)
        {
            writer.WriteNumber(Portions, portions);
        }
        else
        {
            writer.WriteNull(Portions);
        }

        writer.WriteStartArray(Diet);
        foreach (var diet in message.Diets)
        {
            writer.WriteStringValue(WireNames.Of(diet));
        }

        writer.WriteEndArray();
        if (message.Delivery is { } delivery)
        {
            writer.WriteBoolean(Delivery, delivery);
        }
        else
        {
            writer.WriteNull(Delivery);
        }

        WriteOptional(writer, Item, message.Item);
        WriteOptional(writer, Category, message.Category is { } category ? WireNames.Of(category) : null);
        WriteOptional(writer, OnBehalfOf, message.OnBehalfOf is { } who ? WireNames.Of(who) : null);
        WriteOptional(writer, Postcode, message.Postcode);
        writer.WriteNumber(Confidence, Math.Round(Math.Clamp(message.Confidence, 0, 1), 2));
        writer.WriteEndObject();
    }

    private static void WriteOptional(Utf8JsonWriter writer, JsonEncodedText name, string? value)
    {
        if (value is null)
        {
            writer.WriteNull(name);
        }
        else
        {
            writer.WriteString(name, value);
        }
    }
}
