using Reports.Core.Articles;

namespace Reports.Cli.Batches;

/// <summary>
/// Expands command-line paths: a file stays itself (even when unsupported, so the reader can say why); a folder
/// becomes every supported file under it, recursively, in ordinal path order; a missing path becomes an error.
/// </summary>
internal static class InputEnumerator
{
    private static readonly EnumerationOptions Recursive = new()
    {
        RecurseSubdirectories = true,
        IgnoreInaccessible = true,
        AttributesToSkip = FileAttributes.Hidden | FileAttributes.System,
        MatchType = MatchType.Simple,
    };

    public static IEnumerable<BatchInput> Expand(IEnumerable<string> paths)
    {
        foreach (var path in paths)
        {
            if (File.Exists(path))
            {
                yield return new BatchInput(path);
            }
            else if (Directory.Exists(path))
            {
                var files = Directory.EnumerateFiles(path, "*", Recursive)
                    .Where(f => ArticleFormats.IsSupported(f) && !IsHiddenOrLock(Path.GetRelativePath(path, f)))
                    .Order(StringComparer.Ordinal)
                    .ToList();
                if (files.Count == 0)
                {
                    yield return new BatchInput(path, $"folder holds no supported files ({string.Join(", ", ArticleFormats.Extensions)}).");
                }

                foreach (var file in files)
                {
                    yield return new BatchInput(file);
                }
            }
            else
            {
                yield return new BatchInput(path, "path does not exist.");
            }
        }
    }

    /// <summary>Dot files and folders (.git, .DS_Store) on every OS, and Word's "~$" lock files.</summary>
    private static bool IsHiddenOrLock(string relativePath) =>
        relativePath.Split(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar).Any(part => part.StartsWith('.') && part is not ("." or ".."))
        || Path.GetFileName(relativePath).StartsWith("~$", StringComparison.Ordinal);
}
