using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using BuurtBot.Channels.Twilio;
using BuurtBot.Tests.Channels.Twilio;
using BuurtBot.Tests.Infrastructure;
using Microsoft.Data.Sqlite;

namespace BuurtBot.Tests.Hosting;

/// <summary>
/// The small version of bench/load/faults.sh kill: the bot as its own process is killed (SIGKILL) while neighbours
/// write to it over Twilio's webhook, and started again on the same database. Every webhook it answered 200 has its
/// turn recorded, and every message the database holds went to Twilio exactly once.
/// </summary>
public sealed class CrashRecoveryTests
{
    private const string PublicBase = "https://bot.example.nl";

    [Fact]
    public async Task A_bot_killed_mid_load_loses_no_answered_turn_and_sends_nothing_twice_after_its_restart()
    {
        using var database = new TempDatabase();
        var twilio = new RecordingTwilio();
        await using var api = await TwilioStub.StartAsync(twilio.HandleAsync);
        var port = LoopbackPort.Free();
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromSeconds(20) };
        var accepted = new ConcurrentBag<string>();
        var answers = new ConcurrentDictionary<string, int>();
        var phones = Enumerable.Range(0, 24).Select(i => $"+3162000{i:D4}").ToList();
        string[] script = ["hallo", "Truus", "3512 AB 4", "Lindelaan", "ja", "ik zou morgen graag een warme maaltijd willen", "ja", "nee"];

        var bot = Start(database, api.BaseUrl, port);
        try
        {
            await WaitForHealthAsync(http, bot);
            using var stop = new CancellationTokenSource();
            var writers = phones.Select((phone, p) => Task.Run(async () =>
            {
                for (var turn = 0; !stop.IsCancellationRequested; turn++)
                {
                    var sid = $"SM{p:D4}{turn:D28}";
                    try
                    {
                        using var response = await SendAsync(http, phone, script[turn % script.Length], sid);
                        answers.AddOrUpdate(response.StatusCode.ToString(), 1, (_, n) => n + 1);
                        if (response.StatusCode == HttpStatusCode.OK)
                        {
                            accepted.Add(sid);
                        }
                    }
                    catch (HttpRequestException)
                    {
                        await Task.Delay(50); // the bot is down: this message is lost, as Twilio would give up on it
                    }
                    catch (TaskCanceledException)
                    {
                        await Task.Delay(50);
                    }
                }
            })).ToList();

            // Kill it once the load is well under way, start it again, and let the load go on a little.
            await Waiting.UntilAsync(() => accepted.Count >= 60, TimeSpan.FromSeconds(60), () => string.Join(", ", answers));
            bot.Kill();
            await bot.WaitForExitAsync();
            bot.Dispose();
            bot = Start(database, api.BaseUrl, port);
            await WaitForHealthAsync(http, bot);
            var afterRestart = accepted.Count;
            await Waiting.UntilAsync(() => accepted.Count >= afterRestart + 40, TimeSpan.FromSeconds(60), () => string.Join(", ", answers));
            await stop.CancelAsync();
            await Task.WhenAll(writers);

            // The killed process's claims expire after the lease (2 s here); then everything is sent.
            await Waiting.UntilAsync(() => Scalar(database, "SELECT COUNT(*) FROM OutboxMessages WHERE Status IN ('Pending','Sending')") == 0, TimeSpan.FromSeconds(60),
                () => string.Join(", ", Strings(database, "SELECT Status || ' ' || Attempts || ' ' || IFNULL(ErrorCode, '-') FROM OutboxMessages WHERE Status IN ('Pending','Sending') LIMIT 5")));
        }
        finally
        {
            if (!bot.HasExited)
            {
                bot.Kill();
                await bot.WaitForExitAsync();
            }

            bot.Dispose();
        }

        var recorded = Strings(database, "SELECT MessageId FROM InboundReceipts");
        Assert.Empty(accepted.Except(recorded));
        var sent = Strings(database, "SELECT ProviderId FROM OutboxMessages WHERE ProviderId IS NOT NULL");
        Assert.Equal(Scalar(database, "SELECT COUNT(*) FROM OutboxMessages"), sent.Count);
        // Each stored message has its own send, and Twilio took nothing else (no message went out twice).
        Assert.Equal(sent.Order(), twilio.Accepted.Keys.Order());
    }

    private static Process Start(TempDatabase database, Uri api, int port)
    {
        var start = new ProcessStartInfo("dotnet", [BotProcess.BotDll(), "--urls", $"http://127.0.0.1:{port}"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetDirectoryName(database.Path)!,
        };
        foreach (var (key, value) in TwilioTestOptions.Settings(api))
        {
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        start.Environment["ConnectionStrings__BuurtBot"] = database.ConnectionString;
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["Coordinator__ApiKey"] = "crash-recovery-test-key";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        start.Environment["Outbox__ClaimLease"] = "00:00:02";
        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private static Task<HttpResponseMessage> SendAsync(HttpClient http, string from, string body, string sid)
    {
        List<KeyValuePair<string, string>> fields =
        [
            new("MessageSid", sid), new("SmsSid", sid), new("AccountSid", TwilioTestOptions.AccountSid), new("From", from),
            new("To", "+3197010586014"), new("Body", body), new("NumMedia", "0"), new("NumSegments", "1"), new("SmsStatus", "received"),
            new("ApiVersion", "2010-04-01"),
        ];
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/twilio/messages") { Content = new FormUrlEncodedContent(fields) };
        request.Headers.Add(TwilioSignature.HeaderName, TwilioSignature.Compute(TwilioTestOptions.AuthToken, PublicBase + "/api/twilio/messages", fields));
        return http.SendAsync(request);
    }

    private static async Task WaitForHealthAsync(HttpClient http, Process process)
    {
        var waited = Stopwatch.StartNew();
        while (waited.Elapsed < TimeSpan.FromSeconds(60))
        {
            Assert.False(process.HasExited, "the bot exited");
            try
            {
                using var response = await http.GetAsync("/health");
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // not listening yet
            }

            await Task.Delay(100);
        }

        Assert.Fail("the bot did not answer /health within 60 s");
    }

    private static long Scalar(TempDatabase database, string sql)
    {
        using var connection = new SqliteConnection(database.ConnectionString + ";Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql; // the connection string's default timeout waits for the bot's writes
        return (long)command.ExecuteScalar()!;
    }

    private static List<string> Strings(TempDatabase database, string sql)
    {
        using var connection = new SqliteConnection(database.ConnectionString + ";Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var values = new List<string>();
        while (reader.Read())
        {
            values.Add(reader.GetString(0));
        }

        return values;
    }
}
