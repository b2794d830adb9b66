namespace BuurtBot.Dialogs.Engine.Prompts;

/// <summary>
/// Accepts or rejects a recognised answer. A validator that rejects may send its own explanation; when it
/// does not, the prompt's retry text is sent.
/// </summary>
public delegate Task<bool> PromptValidator<T>(PromptValidatorContext<T> prompt, CancellationToken cancellationToken);
