using BuurtBot.Cli;

if (args is ["parse", ..])
{
    return await ParseCommand.RunAsync(args[1..], TimeProvider.System);
}

if (args is ["bench", ..])
{
    return await BenchCommand.RunAsync(args[1..], Console.Out, Console.Error);
}

var builder = WebApplication.CreateBuilder(args);
var app = builder.Build();
app.Run();
return 0;

/// <summary>The entry point, visible to the end-to-end tests.</summary>
public partial class Program;
