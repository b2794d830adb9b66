namespace BuurtBot.Dialogs.Requests;

public enum RequestStatus
{
    /// <summary>Confirmed by the person; looking for a neighbour.</summary>
    Open,
    Matched,
    Cancelled,

    /// <summary>Nobody could be found in time; a coordinator has it.</summary>
    Escalated,
    Done,
}
