using BuurtBot.Dialogs.Engine.Turns;

namespace BuurtBot.Dialogs.Engine.State;

/// <summary>Typed access to one property of a bot state, for the current turn.</summary>
public interface IStatePropertyAccessor<T>
    where T : class
{
    string Name { get; }

    /// <summary>The property's value, created with <paramref name="defaultValueFactory"/> when absent.</summary>
    Task<T> GetAsync(ITurnContext turnContext, Func<T> defaultValueFactory, CancellationToken cancellationToken);

    Task SetAsync(ITurnContext turnContext, T value, CancellationToken cancellationToken);

    Task DeleteAsync(ITurnContext turnContext, CancellationToken cancellationToken);
}
