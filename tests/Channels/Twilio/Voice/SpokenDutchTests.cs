using BuurtBot.Channels.Twilio.Voice;

namespace BuurtBot.Tests.Channels.Twilio.Voice;

/// <summary>What a written message sounds like on a phone line.</summary>
public sealed class SpokenDutchTests
{
    [Theory]
    [InlineData("Is dat goed? Antwoord JA of NEE.", "Is dat goed? Zeg ja of nee.")]
    [InlineData("Het eten kan morgen om 18.30 uur worden opgehaald.", "Het eten kan morgen om 18 uur 30 worden opgehaald.")]
    [InlineData("Anna woont aan de Kerkstraat 7. Andere tijd? Stuur: zeg tegen Anna dat ...",
        "Anna woont aan de Kerkstraat 7. Past die tijd niet? Bel BuurtBot en zeg: zeg tegen Anna dat, en dan uw bericht.")]
    [InlineData("Dank u wel! Iets doorgeven? Stuur: zeg tegen Jan-Willem dat ...",
        "Dank u wel! Wilt u iets doorgeven? Bel BuurtBot en zeg: zeg tegen Jan-Willem dat, en dan uw bericht.")]
    public void Written_text_is_said_the_way_a_caller_can_follow_it(string written, string spoken) =>
        Assert.Equal(spoken, SpokenDutch.Speak(written));
}
