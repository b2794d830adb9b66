namespace BuurtBot.Dialogs.Requests;

/// <summary>
/// The person a request is for when that is not the sender (a carer writing for a parent): the request is for
/// this person and address; the carer gets the updates; the person is told too when their number is known.
/// </summary>
public sealed record Beneficiary(string Name, string Relation, string Street, string HouseNumber, string Postcode, string? Phone);
