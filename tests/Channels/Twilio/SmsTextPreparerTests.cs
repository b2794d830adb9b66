using BuurtBot.Channels.Twilio;
using CsCheck;

namespace BuurtBot.Tests.Channels.Twilio;

/// <summary>Keeping Dutch bot messages in GSM-7 (160 per SMS) without losing what a reader needs.</summary>
public sealed class SmsTextPreparerTests
{
    [Theory]
    [InlineData(SmsTextTests.Confirmation, SmsTextTests.Confirmation)]
    [InlineData("Goede ideeën voor de buurtmaaltijd!", "Goede ideeen voor de buurtmaaltijd!")]
    [InlineData("Hij is geïnteresseerd in België’s “beste” soep… – echt waar", "Hij is geinteresseerd in Belgie's \"beste\" soep... - echt waar")]
    [InlineData("Bedankt! 👍 Tot morgen 😊", "Bedankt! Tot morgen :)")]
    [InlineData("Crème brûlée en café", "Crème brulée en café")]
    [InlineData("Façade — „Hoi” ‚ja’", "Facade - \"Hoi\" 'ja'")]
    [InlineData("Hallo  daar,   buur", "Hallo daar, buur")]
    [InlineData("Regel 1   \r\nRegel 2\n\nRegel 3 ", "Regel 1\nRegel 2\n\nRegel 3")]
    [InlineData("Kosten: €\u00A05,00\u2009p.p.", "Kosten: € 5,00 p.p.")]
    [InlineData("Een ĳsje voor de kinderen", "Een ijsje voor de kinderen")]
    [InlineData("Kies 1️⃣ of 2️⃣", "Kies 1 of 2")]
    [InlineData("👨‍👩‍👧 Fijne dag ❤️ 👍🏽", "Fijne dag")]
    [InlineData("✅ Geregeld: Jan haalt de boodschappen.", "Geregeld: Jan haalt de boodschappen.")]
    [InlineData("• melk\n• brood", "- melk\n- brood")]
    [InlineData("Zoë komt naar de coördinatie (ö is GSM-7)", "Zoe komt naar de coördinatie (ö is GSM-7)")]
    [InlineData("Één Ĳsselmeer, één ĳsje, ÏNFO", "Één IJsselmeer, één ijsje, INFO")]
    public void Dutch_messages_are_kept_in_GSM7(string input, string expected)
    {
        var prepared = SmsTextPreparer.Prepare(input);

        Assert.Equal(expected, prepared);
        Assert.True(SmsText.IsGsm7(prepared));
    }

    /// <summary>When something else forces UCS-2 anyway, folding letters would only lose information.</summary>
    [Theory]
    [InlineData("Groeten van Zoë uit Łódź 🇵🇱", "Groeten van Zoë uit Łódź")]
    [InlineData("Het is 20 °C, ideeën?", "Het is 20 °C, ideeën?")]
    [InlineData("Mevrouw Şahin: “ja”", "Mevrouw Şahin: \"ja\"")]
    public void Accents_stay_when_the_message_is_UCS2_anyway(string input, string expected)
    {
        var prepared = SmsTextPreparer.Prepare(input);

        Assert.Equal(expected, prepared);
        Assert.Equal(SmsEncoding.Ucs2, SmsText.Measure(prepared).Encoding);
    }

    [Fact]
    public void Preparing_turns_three_SMS_into_one()
    {
        const string text = "Goed nieuws! 🎉 Uw buurvrouw heeft “ideeën” voor de maaltijd van dinsdag 24 november – ze kookt voor 2 personen, vegetarisch… Antwoord JA of NEE.";

        Assert.Equal((SmsEncoding.Ucs2, 3), (SmsText.Measure(text).Encoding, SmsText.Measure(text).Segments));
        Assert.Equal((SmsEncoding.Gsm7, 1), (SmsText.Measure(SmsTextPreparer.Prepare(text)).Encoding, SmsText.Measure(SmsTextPreparer.Prepare(text)).Segments));
    }

    private static readonly Gen<string> DutchPieces = Gen.OneOf(
        Gen.Const("ideeën"), Gen.Const("België"), Gen.Const("geïnteresseerd"), Gen.Const("“ja”"), Gen.Const("’s"), Gen.Const("–"), Gen.Const("…"),
        Gen.Const("👍"), Gen.Const("😊"), Gen.Const("🇳🇱"), Gen.Const("€5"), Gen.Const("maaltijd"), Gen.Const("Crème"), Gen.Const("café"),
        Gen.Const("çava"), Gen.Const("ĳs"), Gen.Const("\u00A0"), Gen.Const("\n"), Gen.Const("  "), Gen.Const("JA"), Gen.Const("[a]"));

    /// <summary>Property: texts built from Dutch words, typography and emoji always come out GSM-7, idempotently.</summary>
    [Fact]
    public void Dutch_text_always_comes_out_GSM7_and_preparing_twice_changes_nothing()
    {
        DutchPieces.Array[0, 60].Select(p => string.Join(' ', p)).Sample(text =>
        {
            var prepared = SmsTextPreparer.Prepare(text);
            Assert.True(SmsText.IsGsm7(prepared), prepared);
            Assert.Equal(prepared, SmsTextPreparer.Prepare(prepared));
            Assert.DoesNotContain("  ", prepared, StringComparison.Ordinal);
        }, iter: 2000);
    }

    /// <summary>Property: no word is cut or lost; only emoji and spacing go.</summary>
    [Fact]
    public void Words_are_never_cut_or_dropped()
    {
        var words = Gen.OneOf(Gen.Const("ideeën"), Gen.Const("maaltijd"), Gen.Const("“ja”"), Gen.Const("€5"), Gen.Const("Łódź"), Gen.Const("café"), Gen.Const("ĳs"));
        words.Array[1, 40].Sample(list =>
        {
            var prepared = SmsTextPreparer.Prepare(string.Join("  ", list));
            Assert.Equal(list.Length, prepared.Split(' ').Length);
        }, iter: 1000);
    }
}
