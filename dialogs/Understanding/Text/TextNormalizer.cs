using System.Text;

namespace BuurtBot.Dialogs.Understanding;

/// <summary>
/// Folds a message to lower case without diacritics, one output char per input char, so that
/// positions stay comparable. Only the first <see cref="MaxChars"/> characters are read: nobody
/// asks for a meal in the four-thousandth character, and it bounds the work per message.
/// </summary>
internal static class TextNormalizer
{
    public const int MaxChars = 3000;

    private static readonly char[] FoldTable = BuildFoldTable();

    /// <summary>The folded form of the first <see cref="MaxChars"/> characters of a message.</summary>
    public static string Normalize(string text) => Fold(text, MaxChars);

    /// <summary>The folded form of the first <paramref name="maxChars"/> characters.</summary>
    public static string Fold(string text, int maxChars = int.MaxValue)
    {
        var length = Math.Min(text.Length, maxChars);
        return string.Create(length, text, static (span, source) =>
        {
            for (var i = 0; i < span.Length; i++)
            {
                span[i] = FoldChar(source[i]);
            }
        });
    }

    private static char FoldChar(char c)
    {
        if (c < FoldTable.Length)
        {
            return FoldTable[c];
        }

        return c switch
        {
            '\u2018' or '\u2019' or '\u201B' or '\u2032' or '\u00B4' or '`' => '\'',
            '\u201C' or '\u201D' or '\u201E' => '"',
            '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2212' => '-',
            '\u2026' => '.',
            '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF' or '\uFE0F' or '\u202F' or '\u2009' => ' ',
            _ when char.IsSurrogate(c) => c,
            _ when char.IsWhiteSpace(c) || char.IsControl(c) => ' ',
            _ => char.ToLowerInvariant(c),
        };
    }

    private static char[] BuildFoldTable()
    {
        var table = new char[0x250];
        for (var i = 0; i < table.Length; i++)
        {
            var c = (char)i;
            if (char.IsControl(c) || char.IsWhiteSpace(c))
            {
                table[i] = ' ';
                continue;
            }

            var lower = char.ToLowerInvariant(c);
            if (lower >= 0x80 && char.IsLetter(lower))
            {
                var decomposed = lower.ToString().Normalize(NormalizationForm.FormD);
                if (decomposed[0] < 0x80)
                {
                    lower = decomposed[0];
                }
            }

            table[i] = lower switch
            {
                '\u00DF' => 's',
                '\u00E6' => 'a',
                '\u00F8' => 'o',
                '\u0142' => 'l',
                '\u00B4' or '`' => '\'',
                _ => lower,
            };
        }

        return table;
    }
}
