namespace BuurtBot.Members;

/// <summary>Roles come from use: offering meals makes a cook, lending a lender, helping a helper.</summary>
[Flags]
public enum MemberRoles
{
    None = 0,
    Requester = 1,
    Cook = 2,
    Lender = 4,
    Helper = 8,
}
