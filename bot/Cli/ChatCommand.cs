using BuurtBot.Data;
using BuurtBot.Dialogs.Engine.Activities;
using BuurtBot.Dialogs.Engine.Turns;
using BuurtBot.Dialogs.Members;
using BuurtBot.Hosting;
using BuurtBot.Hosting.Validation;

namespace BuurtBot.Cli;

/// <summary>
/// Chat with the bot in a terminal as one phone: <c>chat --from +31612345678 [--channel sms|whatsapp|voice]</c>.
/// Uses the same database and conversations as the web host; logs go to standard error.
/// </summary>
internal static class ChatCommand
{
    private const string Usage = "usage: chat --from +31612345678 [--channel sms|whatsapp|voice] [configuration overrides]";

    public static async Task<int> RunAsync(string[] args, TextReader input, TextWriter output, TextWriter error)
    {
        if (!TryReadArguments(args, out var phone, out var channel, out var rest, out var problem))
        {
            await error.WriteLineAsync(problem);
            await error.WriteLineAsync(Usage);
            return 2;
        }

        var builder = WebApplication.CreateBuilder(BuurtBotEnvironment.Options(rest));
        builder.AddBuurtBot(logToStandardError: true);
        await using var app = builder.Build();
        if (!app.HasValidConfiguration(error))
        {
            return 2;
        }

        await app.MigrateBuurtBotDatabaseAsync();
        var turns = app.Services.GetRequiredService<ITurnProcessor>();
        var time = app.Services.GetRequiredService<TimeProvider>();

        var interactive = !Console.IsInputRedirected;
        if (interactive)
        {
            await output.WriteLineAsync($"U chat met BuurtBot als {phone} via {channel.ToWire()}. Typ exit of druk Ctrl+D om te stoppen.");
        }

        while (true)
        {
            if (interactive)
            {
                await output.WriteAsync("> ");
            }

            var line = await input.ReadLineAsync();
            if (line is null || (interactive && line.Trim() == "exit"))
            {
                return 0;
            }

            var result = await turns.ProcessAsync(Activity.Incoming(channel, phone, line, time.GetUtcNow(), $"CHAT{Guid.NewGuid():N}"), CancellationToken.None);
            foreach (var reply in result.Replies)
            {
                await output.WriteLineAsync($"BuurtBot: {reply.Text}");
            }
        }
    }

    private static bool TryReadArguments(string[] args, out string phone, out Channel channel, out string[] rest, out string problem)
    {
        phone = "";
        channel = Channel.Sms;
        problem = "";
        var others = new List<string>();
        string? from = null;
        string? channelName = null;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--from" when i + 1 < args.Length:
                    from = args[++i];
                    break;
                case "--channel" when i + 1 < args.Length:
                    channelName = args[++i];
                    break;
                default:
                    others.Add(args[i]);
                    break;
            }
        }

        rest = [.. others];
        if (from is null || !PhoneNumber.TryNormalize(from, out var normalized))
        {
            problem = from is null ? "--from is required." : $"'{from}' is not a valid phone number.";
            return false;
        }

        phone = normalized;
        if (channelName is not null)
        {
            if (!ChannelNames.TryParse(channelName, out var parsed) || parsed == Channel.Simulator)
            {
                problem = $"'{channelName}' is not a channel: use sms, whatsapp or voice.";
                return false;
            }

            channel = parsed.Value;
        }

        return true;
    }
}
