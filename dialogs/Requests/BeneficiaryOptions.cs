namespace BuurtBot.Dialogs.Requests;

/// <summary>Who a carer is asking for ("moeder", "haar"), and what their message already said about that person.</summary>
public sealed record BeneficiaryOptions(string Noun, string Pronoun)
{
    public string? Name { get; init; }

    public string? Street { get; init; }

    public string? HouseNumber { get; init; }

    public string? Postcode { get; init; }

    public string? Phone { get; init; }
}
