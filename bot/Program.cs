var builder = WebApplication.CreateBuilder(args);
var app = builder.Build();
app.Run();

/// <summary>The entry point, visible to the end-to-end tests.</summary>
public partial class Program;
