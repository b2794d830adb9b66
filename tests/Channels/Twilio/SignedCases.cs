namespace BuurtBot.Tests.Channels.Twilio;

/// <summary>Every signature case, signed once by the official library for the whole test class.</summary>
public sealed class SignedCases : IAsyncLifetime
{
    internal List<SignatureCase> Cases { get; } = SignatureCases.All();

    internal IReadOnlyList<string> Signatures { get; private set; } = [];

    public async Task InitializeAsync() => Signatures = await TwilioOracle.SignAsync(Cases);

    public Task DisposeAsync() => Task.CompletedTask;
}
