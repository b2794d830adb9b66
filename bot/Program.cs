using BuurtBot.Cli;
using BuurtBot.Data;
using BuurtBot.Hosting;
using BuurtBot.Hosting.Validation;

// Commands that never start the web host.
if (args is ["parse", .. var parseArgs])
{
    return await ParseCommand.RunAsync(parseArgs, TimeProvider.System);
}

if (args is ["bench", .. var benchArgs])
{
    return await BenchCommand.RunAsync(benchArgs, Console.Out, Console.Error);
}

if (args is ["healthcheck", .. var healthArgs])
{
    return await HealthCheckCommand.RunAsync(healthArgs, Console.Error);
}

if (args is ["bench-matching", .. var benchMatchingArgs])
{
    return await BenchMatchingCommand.RunAsync(benchMatchingArgs, Console.Out, Console.Error);
}

if (args is ["intent-cv", .. var cvArgs])
{
    return await IntentCrossValidationCommand.RunAsync(cvArgs, Console.Out);
}

if (args is ["chat", .. var chatArgs])
{
    return await ChatCommand.RunAsync(chatArgs, Console.In, Console.Out, Console.Error);
}

var builder = WebApplication.CreateBuilder(BuurtBotEnvironment.Options(args));
builder.AddBuurtBot();

var app = builder.Build();
if (!app.HasValidConfiguration(Console.Error))
{
    return 2;
}

await app.MigrateBuurtBotDatabaseAsync();
app.MapBuurtBot();
await app.RunAsync();
return 0;

/// <summary>The entry point, visible to the end-to-end tests.</summary>
public partial class Program;
