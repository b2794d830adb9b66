namespace BuurtBot.Tests.Infrastructure;

/// <summary>A fresh bot on a fresh database for each test, with phones to talk to it.</summary>
public abstract class ConversationFixture : IAsyncLifetime
{
    private readonly TempDatabase _database = new();

    protected BotServer Server { get; private set; } = null!;

    /// <summary>Settings for this test class (matching sizes, poll intervals).</summary>
    protected virtual IReadOnlyDictionary<string, string?> Settings { get; } = new Dictionary<string, string?>
    {
        ["Scheduler:PollInterval"] = "00:00:00.100",
        ["Outbox:PollInterval"] = "00:00:00.100",
    };

    /// <summary>Over real HTTP on loopback (Kestrel) instead of in memory.</summary>
    protected virtual bool UseKestrel => false;

    protected string ConnectionString => _database.ConnectionString;

    public virtual Task InitializeAsync()
    {
        Server = new BotServer(_database.ConnectionString, kestrel: UseKestrel, settings: Settings);
        return Task.CompletedTask;
    }

    /// <summary>Stops the bot and starts it again on the same database file (a restart), keeping the clock.</summary>
    protected async Task RestartAsync()
    {
        var time = Server.Time;
        await Server.DisposeAsync();
        Server = new BotServer(_database.ConnectionString, time, UseKestrel, Settings);
    }

    /// <summary>Waits (in real time) until the condition holds, for work the bot does in the background.</summary>
    protected static async Task EventuallyAsync(Func<Task<bool>> condition, string what)
    {
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (!await condition())
        {
            Assert.True(waited.Elapsed < TimeSpan.FromSeconds(15), $"timed out waiting for: {what}");
            await Task.Delay(50);
        }
    }

    public async Task DisposeAsync()
    {
        await Server.DisposeAsync();
        _database.Dispose();
    }

    /// <summary>A phone whose owner has registered: name, address, and consent to share name and street.</summary>
    protected async Task<SimulatedPhone> RegisteredAsync(string number, string name, string channel = "sms", string address = "Lindelaan 4, 1234 AB")
    {
        var phone = Server.Phone(number, channel);
        await phone.SaysAsync("hallo");
        await phone.SaysAsync(name);
        await phone.SaysAsync(address);
        var done = await phone.AsksAsync("ja");
        Assert.StartsWith($"Dank u, {name}. U bent aangemeld.", done);
        return phone;
    }

    /// <summary>A registered member who has nothing going on with the bot (the menu after registering is closed).</summary>
    protected async Task<SimulatedPhone> IdleMemberAsync(string number, string name, string channel = "sms", string address = "Lindelaan 4, 1234 AB")
    {
        var phone = await RegisteredAsync(number, name, channel, address);
        Assert.StartsWith("Graag gedaan!", await phone.AsksAsync("dank u wel"));
        return phone;
    }

    /// <summary>A cook who offered meals for tomorrow ("ik kook morgen ...") and confirmed.</summary>
    protected async Task<SimulatedPhone> CookAsync(string number, string name, string address, string offer)
    {
        var cook = await IdleMemberAsync(number, name, "whatsapp", address);
        Assert.StartsWith("Klopt dit?", await cook.AsksAsync(offer));
        Assert.StartsWith("Dank u wel! Uw aanbod staat klaar.", (await cook.SaysAsync("ja"))[0]);
        return cook;
    }
}
