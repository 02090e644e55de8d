namespace Reports.Testing;

/// <summary>
/// The developers' <c>../shared</c> folder (seeds, annotated evaluation sets), found by walking up from the test
/// binaries. Absent in a user's clone: tests that need it use <see cref="SharedFactAttribute"/> and skip.
/// </summary>
public static class SharedData
{
    private static readonly Lazy<string?> Root = new(Find);

    public static string? Path => Root.Value;

    public static bool Exists => Root.Value is not null;

    public static string File(string relative) =>
        System.IO.Path.Combine(Root.Value ?? throw new InvalidOperationException("../shared is absent."), relative);

    private static string? Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = System.IO.Path.Combine(dir.FullName, "shared");
            if (Directory.Exists(System.IO.Path.Combine(candidate, "eval")) && dir.FullName != "/")
            {
                return candidate;
            }
        }

        return null;
    }
}

/// <summary>A fact that skips cleanly when <c>../shared</c> is absent.</summary>
public sealed class SharedFactAttribute : FactAttribute
{
    public SharedFactAttribute()
    {
        if (!SharedData.Exists)
        {
            Skip = "../shared (seeds and evaluation sets) is not beside this clone.";
        }
    }
}

/// <summary>A theory that skips cleanly when <c>../shared</c> is absent.</summary>
public sealed class SharedTheoryAttribute : TheoryAttribute
{
    public SharedTheoryAttribute()
    {
        if (!SharedData.Exists)
        {
            Skip = "../shared (seeds and evaluation sets) is not beside this clone.";
        }
    }
}
