using Reports.Core.Analysis;

namespace Reports.Cli.Batches;

/// <summary>The outcome for one input: an analysis, or an error saying what is wrong.</summary>
internal sealed record ArticleResult(string Source, ArticleAnalysis? Analysis, string? Error)
{
    public bool Failed => Error is not null;
}
