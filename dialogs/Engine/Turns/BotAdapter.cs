using BuurtBot.Dialogs.Engine.Activities;
using BuurtBot.Dialogs.Engine.State;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BuurtBot.Dialogs.Engine.Turns;

/// <summary>
/// Runs turns: one at a time per conversation (a lock within this process as the fast path, then a lease shared with
/// the other processes on the same database), once admitted (<see cref="ITurnAdmission"/>, which may hold a turn back
/// for a while), at most <see cref="TurnOptions.MaxConcurrentTurns"/> at once, each in its own scope (one unit of
/// work), through the middleware to the bot. A turn that lost a write race is run again from the start; a turn that fails
/// gets one apology, its conversation is cleared so nobody is stuck, and the channel still gets an answer.
/// </summary>
public sealed partial class BotAdapter(
    IServiceScopeFactory scopes,
    ConversationLocks locks,
    IConversationLeases leases,
    ITurnAdmission admission,
    TimeProvider time,
    IOptions<TurnOptions> options,
    ILogger<BotAdapter> logger) : ITurnProcessor
{
    private readonly SemaphoreSlim _slots = new(options.Value.MaxConcurrentTurns, options.Value.MaxConcurrentTurns);

    public async Task<TurnResult> ProcessAsync(Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        using var local = await locks.AcquireAsync(activity.ConversationId, cancellationToken);
        await admission.WaitAsync(activity, cancellationToken); // inside the conversation's lock: one person's messages keep their order
        var (shared, slot) = await HoldAsync(activity.ConversationId, cancellationToken);
        await using var leaseRelease = shared;
        using var slotRelease = slot;
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await RunOnceAsync(activity, shared, cancellationToken);
            }
            catch (StorageConflictException) when (attempt <= options.Value.MaxConflictRetries)
            {
                LogConflict(logger, Redact.Phone(activity.ConversationId), attempt);
                await Task.Delay(Backoff(attempt), cancellationToken);
            }
            catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
            {
                LogTurnFailed(logger, ex, Redact.Phone(activity.ConversationId), activity.Channel);
                return await RecoverAsync(activity, cancellationToken);
            }
        }
    }

    /// <summary>
    /// A slot among <see cref="TurnOptions.MaxConcurrentTurns"/>, then the conversation's lease: one try, which is all
    /// it takes unless another instance holds the conversation (or held it when it was killed, until the lease
    /// expires). Then the slot is given back while waiting for the lease, so the turns of other conversations do not
    /// wait behind this one. Nearly every lease is taken inside a slot, so a killed instance leaves few behind.
    /// </summary>
    private async Task<(IAsyncDisposable Lease, SlotRelease Slot)> HoldAsync(string conversationId, CancellationToken cancellationToken)
    {
        await _slots.WaitAsync(cancellationToken);
        IAsyncDisposable? lease;
        try
        {
            lease = await leases.TryAcquireAsync(conversationId, cancellationToken);
        }
        catch
        {
            _slots.Release();
            throw;
        }

        if (lease is not null)
        {
            return (lease, new SlotRelease(_slots));
        }

        _slots.Release();
        lease = await leases.AcquireAsync(conversationId, cancellationToken);
        try
        {
            await _slots.WaitAsync(cancellationToken);
        }
        catch
        {
            await lease.DisposeAsync();
            throw;
        }

        return (lease, new SlotRelease(_slots));
    }

    /// <summary>
    /// Jittered exponential pause before the next attempt, so two processes racing for one conversation do
    /// not collide again in lockstep. Real time on purpose: this is about contention, not about the bot's clock.
    /// </summary>
    private TimeSpan Backoff(int attempt)
    {
        var ceiling = Math.Min(options.Value.MaxConflictBackoff.TotalMilliseconds, 5 * Math.Pow(2, attempt));
        return TimeSpan.FromMilliseconds(Random.Shared.NextDouble() * ceiling);
    }

    private async Task<TurnResult> RunOnceAsync(Activity activity, IAsyncDisposable lease, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var context = new TurnContext(activity, services.GetRequiredService<IActivitySink>(), time);
        services.GetRequiredService<TurnContextAccessor>().Current = context;
        var middleware = services.GetServices<IMiddleware>().ToArray();
        var work = services.GetRequiredService<ITurnUnitOfWork>();
        await work.BeginAsync(cancellationToken);
        work.LetGoWithCommit(lease);
        await MiddlewarePipeline.RunAsync(middleware, context, services.GetRequiredService<IBot>(), cancellationToken);
        await work.CommitAsync(cancellationToken);
        return TurnResult.From(context);
    }

    private async Task<TurnResult> RecoverAsync(Activity activity, CancellationToken cancellationToken)
    {
        var apology = activity.CreateReply(options.Value.ErrorReply, time.GetUtcNow());
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var services = scope.ServiceProvider;
            var context = new TurnContext(activity, services.GetRequiredService<IActivitySink>(), time);
            services.GetRequiredService<TurnContextAccessor>().Current = context;
            await services.GetRequiredService<ConversationState>().DeleteAsync(context, cancellationToken);
            await context.SendActivityAsync(apology, cancellationToken);
            await services.GetRequiredService<ITurnUnitOfWork>().CommitAsync(cancellationToken);
            return TurnResult.From(context);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            LogRecoveryFailed(logger, ex, Redact.Phone(activity.ConversationId));
            return new TurnResult([apology], [apology]);
        }
    }

    private sealed class SlotRelease(SemaphoreSlim slots) : IDisposable
    {
        public void Dispose() => slots.Release();
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Turn of conversation {Conversation} lost a write race (attempt {Attempt}); running it again")]
    private static partial void LogConflict(ILogger logger, string conversation, int attempt);

    [LoggerMessage(Level = LogLevel.Error, Message = "Turn of conversation {Conversation} on {Channel} failed; apologising and clearing the conversation")]
    private static partial void LogTurnFailed(ILogger logger, Exception exception, string conversation, Channel channel);

    [LoggerMessage(Level = LogLevel.Critical, Message = "Could not even record the apology for conversation {Conversation}")]
    private static partial void LogRecoveryFailed(ILogger logger, Exception exception, string conversation);
}
