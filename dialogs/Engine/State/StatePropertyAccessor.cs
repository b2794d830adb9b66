using BuurtBot.Dialogs.Engine.Turns;

namespace BuurtBot.Dialogs.Engine.State;

internal sealed class StatePropertyAccessor<T>(BotState state, string name) : IStatePropertyAccessor<T>
    where T : class
{
    public string Name { get; } = name;

    public async Task<T> GetAsync(ITurnContext turnContext, Func<T> defaultValueFactory, CancellationToken cancellationToken)
    {
        var cached = await state.LoadAsync(turnContext, cancellationToken);
        var value = cached.Get<T>(Name);
        if (value is null)
        {
            value = defaultValueFactory();
            cached.Set(Name, value);
        }

        return value;
    }

    public async Task SetAsync(ITurnContext turnContext, T value, CancellationToken cancellationToken)
    {
        var cached = await state.LoadAsync(turnContext, cancellationToken);
        cached.Set(Name, value);
    }

    public async Task DeleteAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var cached = await state.LoadAsync(turnContext, cancellationToken);
        cached.Remove(Name);
    }
}
