using BuurtBot.Dialogs.Requests;

namespace BuurtBot.Requests;

/// <summary>The person a carer's request is for, kept with the request (owned, no own table).</summary>
public sealed record RequestBeneficiary(string Name, string Relation, string Street, string HouseNumber, string Postcode, string? Phone)
{
    public static RequestBeneficiary? From(Beneficiary? beneficiary) => beneficiary is null
        ? null
        : new RequestBeneficiary(beneficiary.Name, beneficiary.Relation, beneficiary.Street, beneficiary.HouseNumber, beneficiary.Postcode, beneficiary.Phone);
}
