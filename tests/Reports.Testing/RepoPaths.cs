namespace Reports.Testing;

/// <summary>Files of the repository (the samples, docs/images), found upward from the test's output folder.</summary>
public static class RepoPaths
{
    public static string Root { get; } = Find();

    public static string Combine(params string[] parts) => Path.Combine([Root, .. parts]);

    private static string Find()
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
