using BuurtBot.Dialogs.Coordination;
using BuurtBot.Dialogs.Engine.Dialogs;
using BuurtBot.Dialogs.Engine.State;
using BuurtBot.Dialogs.Engine.Turns;
using BuurtBot.Dialogs.Matching;
using BuurtBot.Dialogs.Meals;
using BuurtBot.Dialogs.Members;
using BuurtBot.Dialogs.Registration;
using BuurtBot.Dialogs.Understanding;
using Microsoft.Extensions.Options;

namespace BuurtBot.Dialogs.Conversation;

/// <summary>
/// The bot: loads the member and the conversation, forgets a conversation after a day of silence (saying
/// where the person was), handles interruptions, continues the active dialog, or starts a new one from
/// what the message means. Messages it does not understand get help, then the menu, then a coordinator.
/// </summary>
public sealed class BuurtBotBot : IBot
{
    private readonly IMemberDirectory _members;
    private readonly IStatePropertyAccessor<ConversationData> _conversationData;
    private readonly DialogSet _dialogs;
    private readonly ConversationOptions _options;
    private readonly Interruptions _interruptions;
    private readonly IMatchmaking _matchmaking;
    private readonly Offers.IOfferBook _offers;
    private readonly ConversationState _conversationState;
    private readonly UserState _userState;

    public BuurtBotBot(
        IMemberDirectory members,
        ConversationState conversationState,
        MainDialog main,
        PauseDialog pause,
        ErasureDialog erasure,
        UserState userState,
        Interruptions interruptions,
        IMatchmaking matchmaking,
        Offers.IOfferBook offers,
        IOptions<ConversationOptions> options)
    {
        _members = members;
        _interruptions = interruptions;
        _matchmaking = matchmaking;
        _offers = offers;
        _options = options.Value;
        _conversationState = conversationState;
        _userState = userState;
        _conversationData = conversationState.CreateProperty<ConversationData>(nameof(ConversationData));
        _dialogs = new DialogSet(conversationState.CreateProperty<DialogState>(nameof(DialogState)))
        {
            HandOverDialogId = HandOverDialog.DialogId,
        };
        _dialogs.Add(main);
        _dialogs.Add(pause);
        _dialogs.Add(erasure);
    }

    public async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        await RunAsync(turnContext, cancellationToken);
        if (ErasureDialog.Erased(turnContext))
        {
            // The member's data is gone: so is everything the bot kept about this number between turns.
            await _conversationState.DeleteAsync(turnContext, cancellationToken);
            await _userState.DeleteAsync(turnContext, cancellationToken);
            return;
        }

        var open = (await _dialogs.CreateContextAsync(turnContext, cancellationToken)).ActiveDialog is not null;
        if (!open && await _matchmaking.AskWaitingAsync(CurrentMember.Get(turnContext).Id, turnContext.Now, cancellationToken) is { } question)
        {
            // Free now: the question that waited for this person (a neighbour needs them) is asked.
            await turnContext.SendActivityAsync(question, cancellationToken);
            TurnSignals.Of(turnContext).Expecting = AnswerKind.YesNo;
            open = true;
        }

        TurnSignals.Of(turnContext).ConversationOpen = open;
    }

    private async Task RunAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        CurrentMember.Set(turnContext, await _members.GetOrCreateAsync(activity.ConversationId, activity.Channel, turnContext.Now, cancellationToken));
        var data = await _conversationData.GetAsync(turnContext, () => new ConversationData(), cancellationToken);
        var dc = await _dialogs.CreateContextAsync(turnContext, cancellationToken);

        if (data.LastTurnAt is { } last && turnContext.Now - last >= _options.IdleReset && dc.ActiveDialog is not null)
        {
            var description = dc.DescribeConversation();
            await dc.CancelAllDialogsAsync(cancellationToken);
            if (description is not null)
            {
                await turnContext.SendActivityAsync(
                    $"U was eerder bezig met {description}. Dat is gestopt omdat het lang stil bleef.", cancellationToken);
            }
        }

        data.LastTurnAt = turnContext.Now;
        if (activity.IsReprompt)
        {
            await RepromptAsync(dc, cancellationToken);
            return;
        }

        if (await _interruptions.TryHandleAsync(dc, cancellationToken))
        {
            data.MisunderstoodInARow = 0;
            return;
        }

        // "zeg tegen Anna dat ..." goes to the other side of a match, whatever conversation is going on.
        if (Matching.RelayRecognizer.Recognize(activity.Text) is { } relay)
        {
            data.MisunderstoodInARow = 0;
            var relayed = await _matchmaking.RelayAsync(CurrentMember.Get(turnContext).Id, relay.RecipientName, relay.Message, turnContext.Now, cancellationToken);
            await turnContext.SendActivityAsync(relayed, cancellationToken);
            if (dc.ActiveDialog is not null)
            {
                await dc.RepromptDialogAsync(cancellationToken);
            }

            return;
        }

        var result = await dc.ContinueDialogAsync(cancellationToken);
        if (result.Status != DialogTurnStatus.Empty)
        {
            return;
        }

        // Nothing going on: is this the answer to the bot's open question (a neighbour's "ja")?
        var member = CurrentMember.Get(turnContext);
        if (await _matchmaking.AnswerAsync(member.Id, activity.Text, turnContext.Now, cancellationToken) is { } replies)
        {
            data.MisunderstoodInARow = 0;
            foreach (var reply in replies)
            {
                await turnContext.SendActivityAsync(reply, cancellationToken);
            }

            return;
        }

        // An offer called off: "mijn aanbod gaat niet door", "ik kan donderdag toch niet koken".
        if (Offers.OfferWithdrawalRecognizer.IsWithdrawal(activity.Text))
        {
            data.MisunderstoodInARow = 0;
            var withdrawn = await _offers.WithdrawLatestAsync(member.Id, turnContext.Now, cancellationToken);
            await turnContext.SendActivityAsync(
                withdrawn is null
                    ? "U heeft op dit moment geen aanbod staan. Wilt u iets anders? Stuur MENU."
                    : $"Goed, {withdrawn} gaat niet door. Ik vraag u er niet meer naar. Had u al met iemand afgesproken? Laat het weten met: zeg tegen ... dat ...",
                cancellationToken);
            return;
        }

        // A break from questions, or the end of one.
        if (PauseRecognizer.Recognize(activity.Text, Language.DutchTime.ToAmsterdam(turnContext.Now)) is { } pause)
        {
            data.MisunderstoodInARow = 0;
            await dc.BeginDialogAsync(PauseDialog.DialogId, pause, cancellationToken);
            return;
        }

        if (ResumeRecognizer.IsResume(activity.Text) && await _matchmaking.ResumeAsync(member.Id, turnContext.Now, cancellationToken))
        {
            data.MisunderstoodInARow = 0;
            await turnContext.SendActivityAsync("Welkom terug! Zoekt iemand in de buurt hulp waarbij u kunt helpen, dan vraag ik het u weer.", cancellationToken);
            return;
        }

        await StartAsync(dc, data, cancellationToken);
    }

    /// <summary>The phone line heard nothing: ask the open question again, or what the person needs.</summary>
    private static async Task RepromptAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        if (dc.ActiveDialog is not null)
        {
            await dc.RepromptDialogAsync(cancellationToken);
        }
        else
        {
            await dc.BeginDialogAsync(MainDialog.DialogId, new MainOptions(Intent.Menu), cancellationToken);
        }
    }

    private async Task StartAsync(DialogContext dc, ConversationData data, CancellationToken cancellationToken)
    {
        var turn = dc.Context;
        var parsed = TurnUnderstanding.Of(turn);
        var member = CurrentMember.Get(turn);
        var (intent, alternative) = Interpret(parsed);
        if (member.FirstName is not null && intent is Intent.None)
        {
            await MisunderstoodAsync(dc, data, cancellationToken);
            return;
        }

        data.MisunderstoodInARow = 0;
        await dc.BeginDialogAsync(MainDialog.DialogId, new MainOptions(intent)
        {
            Alternative = alternative,
            Parsed = parsed,
            NameHint = FirstNameRecognizer.FromMessage(turn.Activity.Text),
            PostcodeHint = parsed.OnBehalfOf is null ? parsed.Postcode : null,
            Text = turn.Activity.Text,
        }, cancellationToken);
    }

    /// <summary>
    /// What to start with, and what to ask between when the parser is unsure: its guess and its runner-up, or,
    /// when it only has a guess ("soep"), that guess and the same thing the other way round (asking or offering).
    /// </summary>
    private (Intent Intent, Intent? Alternative) Interpret(ParsedMessage parsed)
    {
        if (parsed.Intent is Intent.Confirm or Intent.Decline or Intent.Cancel)
        {
            return (Intent.Menu, null);
        }

        if (parsed.Confidence >= _options.ClarifyBelowConfidence || parsed.Alternative is not { } alternative
            || !IntentPhrases.IsRequestOrOffer(alternative))
        {
            return (parsed.Intent, null);
        }

        if (IntentPhrases.IsRequestOrOffer(parsed.Intent))
        {
            return parsed.Intent == alternative ? (parsed.Intent, null) : (parsed.Intent, alternative);
        }

        return parsed.Intent is Intent.None ? (alternative, IntentPhrases.Counterpart(alternative)) : (parsed.Intent, null);
    }

    private static async Task MisunderstoodAsync(DialogContext dc, ConversationData data, CancellationToken cancellationToken)
    {
        data.MisunderstoodInARow++;
        switch (data.MisunderstoodInARow)
        {
            case 1:
                await dc.Context.SendActivityAsync(
                    "Sorry, dat begreep ik niet. U kunt mij vragen om een maaltijd, om iets te lenen of om hulp. Wat wilt u?",
                    cancellationToken);
                break;
            case 2:
                await dc.BeginDialogAsync(MainDialog.DialogId, new MainOptions(Intent.Menu) { Lead = "Ik begrijp u nog niet goed.", AfterMisunderstanding = true }, cancellationToken);
                break;
            default:
                data.MisunderstoodInARow = 0;
                await dc.BeginDialogAsync(HandOverDialog.DialogId, new HandOverOptions("misunderstood", null, dc.Context.Activity.Text), cancellationToken);
                break;
        }
    }
}
