namespace Reports.Deployment.Tests;

/// <summary>The repository checkout the tests run from (the folder holding Reports.sln).</summary>
internal static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Combine(params string[] parts) => Path.Combine([Root, .. parts]);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Reports.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Reports.sln not found above " + AppContext.BaseDirectory);
    }
}
