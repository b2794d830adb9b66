using BuurtBot.Channels.Twilio;
using CsCheck;

namespace BuurtBot.Tests.Channels.Twilio;

/// <summary>GSM-7 / UCS-2 detection and segment counting (CONTRACT §13), worked out by hand from the rules.</summary>
public sealed class SmsTextTests
{
    public const string Confirmation =
        "Klopt dit? Een maaltijd morgen, dinsdag 24 november, voor 2 personen, vegetarisch, u haalt het zelf op. Antwoord JA of NEE.";

    public static TheoryData<string, string, SmsEncoding, int, int> Lengths => new()
    {
        { "empty", "", SmsEncoding.Gsm7, 0, 1 },
        { "bot confirmation", Confirmation, SmsEncoding.Gsm7, Confirmation.Length, 1 },
        { "160 plain", new string('a', 160), SmsEncoding.Gsm7, 160, 1 },
        { "161 plain: split, 153 per part", new string('a', 161), SmsEncoding.Gsm7, 161, 2 },
        { "306 plain: two full parts", new string('a', 306), SmsEncoding.Gsm7, 306, 2 },
        { "307 plain", new string('a', 307), SmsEncoding.Gsm7, 307, 3 },
        { "159 + euro = 161 septets", new string('a', 159) + "€", SmsEncoding.Gsm7, 161, 2 },
        { "80 euros = 160 septets", new string('€', 80), SmsEncoding.Gsm7, 160, 1 },
        { "every extension char costs 2", "€[]{}\\^~|", SmsEncoding.Gsm7, 18, 1 },
        { "escape pair not split over parts", new string('a', 152) + "€" + new string('a', 152), SmsEncoding.Gsm7, 306, 3 },
        { "GSM accents are plain", "é è à ù ì ò ä ö ü Ä Ö Ü É ñ ß Ç Å å Æ æ Ø ø", SmsEncoding.Gsm7, 43, 1 },
        { "price with extension chars", "Dat kost €5,- [incl. bezorging]", SmsEncoding.Gsm7, 34, 1 },
        { "one ë makes all UCS-2", "Goede ideeën voor de buurt", SmsEncoding.Ucs2, 26, 1 },
        { "70 UCS-2", new string('ë', 70), SmsEncoding.Ucs2, 70, 1 },
        { "71 UCS-2: 67 per part", new string('ë', 71), SmsEncoding.Ucs2, 71, 2 },
        { "134 UCS-2", new string('ë', 134), SmsEncoding.Ucs2, 134, 2 },
        { "135 UCS-2", new string('ë', 135), SmsEncoding.Ucs2, 135, 3 },
        { "emoji is two code units", "👍", SmsEncoding.Ucs2, 2, 1 },
        { "35 emoji = 70 units", string.Concat(Enumerable.Repeat("👍", 35)), SmsEncoding.Ucs2, 70, 1 },
        { "36 emoji = 72 units", string.Concat(Enumerable.Repeat("👍", 36)), SmsEncoding.Ucs2, 72, 2 },
        { "surrogate pair not split over parts", new string('a', 66) + "👍" + new string('a', 66), SmsEncoding.Ucs2, 134, 3 },
        { "curly quote is not GSM", "Het is ’s avonds", SmsEncoding.Ucs2, 16, 1 },
        { "ç is not GSM (Ç is)", "ç", SmsEncoding.Ucs2, 1, 1 },
        { "tab is not GSM", "a\tb", SmsEncoding.Ucs2, 3, 1 },
    };

    [Theory]
    [MemberData(nameof(Lengths))]
    public void Measures_encoding_units_and_segments(string name, string text, SmsEncoding encoding, int units, int segments)
    {
        var length = SmsText.Measure(text);

        Assert.True((encoding, units, segments) == (length.Encoding, length.Units, length.Segments),
            $"{name}: expected {(encoding, units, segments)}, got {(length.Encoding, length.Units, length.Segments)}");
        Assert.Equal(encoding == SmsEncoding.Gsm7 ? (160, 153) : (70, 67), (length.SingleLimit, length.PartLimit));
    }

    /// <summary>Property: parts are never fuller than the limit, and never emptier than needed (one per limit, plus boundary slack).</summary>
    [Fact]
    public void Segments_are_between_the_naive_count_and_one_part_per_split_character()
    {
        var pieces = Gen.OneOf(Gen.Const("a"), Gen.Const("€"), Gen.Const("ë"), Gen.Const("👍"), Gen.Const(" "), Gen.Const("["));
        pieces.Array[0, 700].Select(string.Concat).Sample(text =>
        {
            var length = SmsText.Measure(text);
            var naive = length.Units <= length.SingleLimit ? 1 : (length.Units + length.PartLimit - 1) / length.PartLimit;
            Assert.InRange(length.Segments, naive, naive + (length.Units / length.PartLimit) + 1);
            Assert.Equal(SmsText.IsGsm7(text), length.Encoding == SmsEncoding.Gsm7);
        }, iter: 2000);
    }

    [Fact]
    public void Truncate_leaves_short_text_alone()
    {
        Assert.Equal(Confirmation, SmsText.Truncate(Confirmation, 1));
    }

    [Fact]
    public void Truncate_cuts_at_a_word_boundary_and_fits()
    {
        var text = string.Join(' ', Enumerable.Repeat(Confirmation, 3));

        var cut = SmsText.Truncate(text, 1);

        Assert.EndsWith("...", cut, StringComparison.Ordinal);
        Assert.True(SmsText.Measure(cut).Segments == 1);
        var kept = cut[..^3];
        Assert.StartsWith(kept, text, StringComparison.Ordinal);
        Assert.True(char.IsWhiteSpace(text[kept.Length]), $"cut inside a word: '{cut}'");
        Assert.True(SmsText.Measure(cut).Units > 140, "too much was dropped");
    }

    [Fact]
    public void Truncate_cuts_a_single_enormous_word_only_when_it_must()
    {
        var cut = SmsText.Truncate(new string('a', 400), 1);

        Assert.Equal(new string('a', 157) + "...", cut);
    }

    /// <summary>Property: the result fits, and is the original up to a word boundary plus "...".</summary>
    [Fact]
    public void Truncate_never_cuts_a_word_when_there_is_a_boundary()
    {
        var words = Gen.OneOf(Gen.Const("maaltijd"), Gen.Const("morgen"), Gen.Const("ideeën"), Gen.Const("€5"), Gen.Const("👍"),
            Gen.Const("buurvrouw"), Gen.Const("a"), Gen.Const("vegetarisch"), Gen.Const("JA"));
        Gen.Select(words.Array[1, 200].Select(w => string.Join(' ', w)), Gen.Int[1, 3]).Sample((text, max) =>
        {
            var cut = SmsText.Truncate(text, max);
            Assert.True(SmsText.Measure(cut).Segments <= max);
            if (cut != text)
            {
                var kept = cut[..^3];
                Assert.StartsWith(kept, text, StringComparison.Ordinal);
                Assert.Equal(' ', text[kept.Length]);
            }
        }, iter: 300);
    }
}
