namespace BuurtBot.Dialogs.Registration;

/// <summary>What an answer said of an address; any part may be missing.</summary>
public sealed record AddressAnswer(string? Postcode, string? HouseNumber, string? Street)
{
    public bool IsEmpty => Postcode is null && HouseNumber is null && Street is null;

    /// <summary>This answer, with the parts it lacks taken from <paramref name="earlier"/>.</summary>
    public AddressAnswer Over(AddressAnswer? earlier) => earlier is null
        ? this
        : new AddressAnswer(Postcode ?? earlier.Postcode, HouseNumber ?? earlier.HouseNumber, Street ?? earlier.Street);
}
