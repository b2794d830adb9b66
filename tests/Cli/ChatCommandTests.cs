using BuurtBot.Cli;
using BuurtBot.Tests.Infrastructure;

namespace BuurtBot.Tests.Cli;

/// <summary>The terminal chat: a phone talking to the bot line by line, on the same database as the web host.</summary>
public sealed class ChatCommandTests
{
    [Fact]
    public async Task Each_line_typed_is_a_message_and_the_bots_replies_are_printed()
    {
        using var database = new TempDatabase();
        var output = new StringWriter();
        var error = new StringWriter();

        var exit = await ChatCommand.RunAsync(
            ["--from", "06 1234 5678", "--channel", "whatsapp", $"--ConnectionStrings:BuurtBot={database.ConnectionString}"],
            new StringReader("hallo\nTruus\n"),
            output,
            error);

        Assert.Equal(0, exit);
        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(
            [
                "BuurtBot: Welkom bij BuurtBot! Hier helpen buren elkaar met een maaltijd, iets lenen of een klusje. Wat is uw voornaam?",
                "BuurtBot: Dank u, Truus. Wat is uw postcode en huisnummer? Bijvoorbeeld: 1234 AB 12",
            ],
            lines.Where(l => l.StartsWith("BuurtBot:", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData(new string[0], "--from is required")]
    [InlineData(new[] { "--from", "12" }, "not a valid phone number")]
    [InlineData(new[] { "--from", "+31612345678", "--channel", "fax" }, "not a channel")]
    public async Task Wrong_arguments_exit_with_2_and_say_what_is_wrong(string[] args, string problem)
    {
        var error = new StringWriter();
        var exit = await ChatCommand.RunAsync(args, new StringReader(""), new StringWriter(), error);

        Assert.Equal(2, exit);
        Assert.Contains(problem, error.ToString(), StringComparison.Ordinal);
        Assert.Contains("usage: chat --from", error.ToString(), StringComparison.Ordinal);
    }
}
