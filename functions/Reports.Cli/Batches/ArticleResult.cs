using Reports.Core.Analysis;

namespace Reports.Cli.Batches;

/// <summary>The outcome for one input: an analysis, or an error saying what is wrong.</summary>
/// <param name="Source">The path as given or enumerated.</param>
/// <param name="Analysis">The analysis, or null when the input failed.</param>
/// <param name="Error">What is wrong, or null.</param>
/// <param name="Dateline">The publication date stated near the top of the text, if any.</param>
/// <param name="TextHash">SHA-256 of the normalised text (64 hex digits), when the text was read.</param>
internal sealed record ArticleResult(string Source, ArticleAnalysis? Analysis, string? Error, DateOnly? Dateline = null, string? TextHash = null)
{
    public bool Failed => Error is not null;
}
