namespace BuurtBot.Tests.Infrastructure;

/// <summary>Where the repository is, found from the test binaries upwards.</summary>
public static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Bot => Path.Combine(Root, "bot");

    public static string Shared => Path.GetFullPath(Path.Combine(Root, "..", "shared"));

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "BuurtBot.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("BuurtBot.sln not found above " + AppContext.BaseDirectory);
    }
}
