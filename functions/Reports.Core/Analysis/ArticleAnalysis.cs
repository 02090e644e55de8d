using Reports.Core.Figures;

namespace Reports.Core.Analysis;

/// <summary>What the analyzer found in one article.</summary>
/// <param name="Language">ISO 639-1 code, or "und" when unsure.</param>
/// <param name="Title">The article's title.</param>
/// <param name="Summary">
/// Sentences taken verbatim from the normalised text, in text order (an abstractive service summary is the service's
/// own wording: see <see cref="Analyzers"/>).
/// </param>
/// <param name="Figures">Every figure, once per (kind, value), in text order.</param>
public sealed record ArticleAnalysis(string Language, string Title, IReadOnlyList<string> Summary, IReadOnlyList<Figure> Figures)
{
    /// <summary>Which analyzer produced the language, the summary and the figures.</summary>
    public AnalyzerProvenance Analyzers { get; init; } = AnalyzerProvenance.BuiltIn;
}
