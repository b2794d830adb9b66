using System.Text.RegularExpressions;
using System.Xml.Linq;
using BuurtBot.Tests.Infrastructure;

namespace BuurtBot.Tests.Deployment;

/// <summary>
/// The Dockerfile cannot be built here (no Docker daemon), so it is kept consistent with the repository instead:
/// every file it copies exists, the projects it restores are the solution's, and it runs what the bot builds on the
/// port and health path the bot serves.
/// </summary>
public sealed partial class DockerfileTests
{
    private static readonly string Dockerfile = File.ReadAllText(Path.Combine(RepoPaths.Root, "deployment", "Dockerfile"));

    [Fact]
    public void Every_file_the_build_copies_exists_in_the_repository()
    {
        var copies = CopyFromContext().Matches(Dockerfile).SelectMany(m => m.Groups["sources"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToList();
        Assert.NotEmpty(copies);
        foreach (var source in copies)
        {
            var path = Path.Combine(RepoPaths.Root, source.TrimEnd('/'));
            Assert.True(File.Exists(path) || Directory.Exists(path), $"the Dockerfile copies {source}, which is not in the repository");
        }

        // The restore step copies each project the bot depends on.
        var projects = XDocument.Load(Path.Combine(RepoPaths.Bot, "BuurtBot.csproj")).Descendants("ProjectReference")
            .Select(p => Path.GetFileName(p.Attribute("Include")!.Value.Replace('\\', '/'))).Append("BuurtBot.csproj");
        Assert.All(projects, project => Assert.Contains(copies, c => c.EndsWith(project, StringComparison.Ordinal)));
    }

    [Fact]
    public void It_runs_the_built_assembly_as_a_non_root_user_on_8080_with_a_health_check()
    {
        var assembly = XDocument.Load(Path.Combine(RepoPaths.Bot, "BuurtBot.csproj")).Descendants("AssemblyName").Single().Value;
        Assert.Contains($"ENTRYPOINT [\"dotnet\", \"/app/{assembly}.dll\"]", Dockerfile, StringComparison.Ordinal);
        Assert.Contains("FROM mcr.microsoft.com/dotnet/aspnet:${DOTNET_VERSION} AS runtime", Dockerfile, StringComparison.Ordinal);
        Assert.Contains("ARG DOTNET_VERSION=10.0", Dockerfile, StringComparison.Ordinal);
        Assert.Contains("USER $APP_UID", Dockerfile, StringComparison.Ordinal);
        Assert.Contains("URLS=http://+:8080", Dockerfile, StringComparison.Ordinal);
        Assert.Contains("EXPOSE 8080", Dockerfile, StringComparison.Ordinal);
        Assert.Contains($"CMD [\"dotnet\", \"/app/{assembly}.dll\", \"healthcheck\", \"{BuurtBot.Cli.HealthCheckCommand.DefaultUrl}\"]", Dockerfile, StringComparison.Ordinal);
        Assert.True(Dockerfile.IndexOf("USER $APP_UID", StringComparison.Ordinal) > Dockerfile.LastIndexOf("FROM ", StringComparison.Ordinal), "the user is set in the final stage");
    }

    [Fact]
    public void The_context_filter_keeps_out_databases_and_build_output_but_not_the_sources()
    {
        var ignored = File.ReadAllLines(Path.Combine(RepoPaths.Root, "deployment", "Dockerfile.dockerignore"))
            .Where(l => l.Length > 0 && !l.StartsWith('#')).ToList();
        Assert.Contains("**/*.db", ignored);
        Assert.Contains("**/bin/", ignored);
        Assert.Contains("**/obj/", ignored);
        Assert.DoesNotContain(ignored, l => l.TrimEnd('/') is "bot" or "dialogs" or "channels");
    }

    [GeneratedRegex(@"^COPY (?!--from)(?<sources>.+?) \S+$", RegexOptions.Multiline)]
    private static partial Regex CopyFromContext();
}
