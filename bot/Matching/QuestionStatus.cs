namespace BuurtBot.Matching;

public enum QuestionStatus
{
    /// <summary>Waiting until the person has answered the question they have now.</summary>
    Waiting,

    /// <summary>Sent; the person's "ja" or "nee" answers it.</summary>
    Asked,

    Yes,
    No,

    /// <summary>Someone else said yes first (the person was told).</summary>
    Arranged,

    /// <summary>The request was cancelled or went to a coordinator.</summary>
    Withdrawn,
}
