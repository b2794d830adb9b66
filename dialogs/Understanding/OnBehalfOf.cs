namespace BuurtBot.Dialogs.Understanding;

/// <summary>Who a request is for, when it is not the sender.</summary>
public enum OnBehalfOf
{
    Mother,
    Father,
    Parent,
    Grandparent,
    Partner,
    Neighbour,
    Friend,
    Other,
}
