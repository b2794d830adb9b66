namespace BuurtBot.Tests.Browser;

/// <summary>
/// One Chromium for all tests of a class: starting one and its first page load take seconds. Each test runs its
/// own server on its own port, hence its own origin, so pages never share localStorage. The browser is started
/// on first use, inside a test, so a missing Chromium fails that test with its own clear message.
/// </summary>
public sealed class SharedBrowser : IDisposable
{
    private readonly Lazy<BrowserSession> _session = new(() => new BrowserSession());

    /// <summary>The browser on a blank page at its normal size, whatever the previous test left.</summary>
    public BrowserSession Fresh()
    {
        var session = _session.Value;
        session.Reset();
        return session;
    }

    public void Dispose()
    {
        if (_session.IsValueCreated)
        {
            _session.Value.Dispose();
        }
    }
}
