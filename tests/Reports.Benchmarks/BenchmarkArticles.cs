using System.Text;
using Reports.Core.Articles;

namespace Reports.Benchmarks;

/// <summary>The articles benchmarks run on: ../shared/seeds when the developers' folder is beside the clone, else samples/.</summary>
internal static class BenchmarkArticles
{
    public static IReadOnlyList<ArticleText> Load()
    {
        var folder = Find("shared/seeds") ?? Find("samples") ?? throw new DirectoryNotFoundException("Neither ../shared/seeds nor samples/ was found above the working directory.");
        var texts = Directory.EnumerateFiles(folder, "*.txt").Order(StringComparer.Ordinal)
            .Select(f => new ArticleText(File.ReadAllText(f).Normalize(NormalizationForm.FormC).Replace('_', ' ')))
            .ToList();
        return texts.Count > 0 ? texts : throw new InvalidDataException($"No .txt articles in {folder}.");
    }

    public static string? Find(string relative)
    {
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, relative);
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}
