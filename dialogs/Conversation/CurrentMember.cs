using BuurtBot.Dialogs.Engine.Turns;
using BuurtBot.Dialogs.Members;

namespace BuurtBot.Dialogs.Conversation;

/// <summary>The member who sent this turn's message, as loaded at the start of the turn and updated since.</summary>
public static class CurrentMember
{
    private const string Key = "member";

    public static MemberProfile Get(ITurnContext turnContext) =>
        turnContext.TurnState.Get<MemberProfile>(Key)
        ?? throw new InvalidOperationException("The member was not loaded for this turn.");

    public static void Set(ITurnContext turnContext, MemberProfile member) => turnContext.TurnState.Set(Key, member);
}
