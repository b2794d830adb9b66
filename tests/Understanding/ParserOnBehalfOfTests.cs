using BuurtBot.Dialogs.Understanding;

namespace BuurtBot.Tests.Understanding;

public sealed class ParserOnBehalfOfTests
{
    private static readonly DateTime Now = new(2026, 11, 23, 10, 0, 0, DateTimeKind.Unspecified);

    [Theory]
    [InlineData("Mijn moeder heeft hulp nodig met boodschappen", OnBehalfOf.Mother)]
    [InlineData("ik zoek een maaltijd voor mijn moeder", OnBehalfOf.Mother)]
    [InlineData("mijn vader (87) kan niet meer koken, kan er woensdag iemand iets brengen?", OnBehalfOf.Father)]
    [InlineData("mijn ouders hebben hulp nodig in de tuin", OnBehalfOf.Parent)]
    [InlineData("kan iemand mijn oma naar de kapper brengen", OnBehalfOf.Grandparent)]
    [InlineData("mijn man kan niet meer lopen, wie doet boodschappen voor hem", OnBehalfOf.Partner)]
    [InlineData("de buurvrouw heeft hulp nodig met haar computer", OnBehalfOf.Neighbour)]
    [InlineData("namens mijn buurman: heeft iemand een ladder te leen", OnBehalfOf.Neighbour)]
    [InlineData("voor een vriendin zoek ik iemand die kan koken", OnBehalfOf.Friend)]
    [InlineData("mijn zoon zoekt een boormachine", OnBehalfOf.Other)]
    [InlineData("voor mijn tante zoek ik vervoer naar het ziekenhuis", OnBehalfOf.Other)]
    public void Names_who_the_request_is_for(string text, OnBehalfOf who) =>
        Assert.Equal(who, DutchParser.Parse(text, Now).OnBehalfOf);

    [Theory]
    [InlineData("een maaltijd voor mij en mijn man")]
    [InlineData("mijn man en ik willen graag mee-eten")]
    [InlineData("ik zou graag een maaltijd willen")]
    [InlineData("heeft iemand een ladder")]
    [InlineData("ik kook voor mijn man en heb twee porties over")]
    public void Leaves_it_empty_when_the_sender_is_included_or_alone(string text) =>
        Assert.Null(DutchParser.Parse(text, Now).OnBehalfOf);
}
