using BuurtBot.Dialogs.Engine.Turns;

namespace BuurtBot.Dialogs.Engine.Prompts;

/// <summary>
/// Asks for a day; <paramref name="recognizer"/> reads the answer against the turn's time ("morgen",
/// "donderdag", "12 maart").
/// </summary>
public sealed class DatePrompt(string id, Func<string, DateTimeOffset, DateOnly?> recognizer, PromptValidator<DateOnly>? validator = null)
    : Prompt<DateOnly>(id, validator)
{
    protected override AnswerKind Kind => AnswerKind.Date;

    protected override PromptRecognition<DateOnly> Recognize(ITurnContext turnContext, PromptOptions options) =>
        recognizer(turnContext.Activity.Text, turnContext.Now) is { } date
            ? PromptRecognition<DateOnly>.Of(date)
            : PromptRecognition<DateOnly>.Failed;
}
