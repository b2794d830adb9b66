namespace BuurtBot.Matching;

public enum QuestionKind
{
    /// <summary>To a neighbour: can you cook, lend, help?</summary>
    Provide,

    /// <summary>To the requester afterwards: did it go well (ja/nee, or 1 to 5)?</summary>
    FollowUp,
}
