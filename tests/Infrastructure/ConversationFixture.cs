namespace BuurtBot.Tests.Infrastructure;

/// <summary>A fresh bot on a fresh database for each test, with phones to talk to it.</summary>
public abstract class ConversationFixture : IAsyncLifetime
{
    private readonly TempDatabase _database = new();

    protected BotServer Server { get; private set; } = null!;

    public virtual Task InitializeAsync()
    {
        Server = new BotServer(_database.ConnectionString);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await Server.DisposeAsync();
        _database.Dispose();
    }

    /// <summary>A phone whose owner has registered: name, address, and consent to share name and street.</summary>
    protected async Task<SimulatedPhone> RegisteredAsync(string number, string name, string channel = "sms")
    {
        var phone = Server.Phone(number, channel);
        await phone.SaysAsync("hallo");
        await phone.SaysAsync(name);
        await phone.SaysAsync("Lindelaan 4, 1234 AB");
        var done = await phone.AsksAsync("ja");
        Assert.StartsWith($"Dank u, {name}. U bent aangemeld.", done);
        return phone;
    }
}
