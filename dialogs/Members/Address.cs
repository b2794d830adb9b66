namespace BuurtBot.Dialogs.Members;

/// <summary>A Dutch address: postcode ("1234AB"), house number with any addition ("12a"), and the street when known.</summary>
public sealed record Address(string Postcode, string HouseNumber, string? Street);
