using BuurtBot.Dialogs.Members;

namespace BuurtBot.Tests.Privacy;

public sealed class ErasureRecognizerTests
{
    [Theory]
    [InlineData("verwijder mijn gegevens")]
    [InlineData("Verwijder al mijn gegevens alstublieft")]
    [InlineData("wilt u mijn gegevens verwijderen")]
    [InlineData("ik wil dat mijn gegevens gewist worden")]
    [InlineData("wis mijn data")]
    [InlineData("mijn account opheffen graag")]
    [InlineData("vergeet mij")]
    [InlineData("AVG verzoek")]
    [InlineData("verwijderen van mijn persoonlijke gegevens")]
    public void Asking_to_remove_ones_data(string text) => Assert.True(ErasureRecognizer.IsErasureRequest(text));

    [Theory]
    [InlineData("stop")]
    [InlineData("laat maar")]
    [InlineData("ik wil mijn vraag verwijderen")]
    [InlineData("mijn aanbod gaat niet door")]
    [InlineData("mijn gegevens kloppen niet, ik woon op nummer 6")]
    [InlineData("ik kook morgen 4 porties")]
    [InlineData("")]
    public void Other_messages(string text) => Assert.False(ErasureRecognizer.IsErasureRequest(text));
}
