namespace Reports.Core.Analysis;

/// <summary>
/// Which analyzer produced which part of an analysis, and why a part fell back: <c>builtin</c> for the offline
/// analyzer, <c>azure-language</c> for the service's language, <c>azure-language/extractive</c> or
/// <c>azure-language/abstractive</c> for its summaries. Figures always come from the built-in extractor.
/// </summary>
public sealed record AnalyzerProvenance(string Language, string Summary, string Figures, IReadOnlyList<string> Notes)
{
    public const string BuiltInName = "builtin";

    /// <summary>Everything from the offline analyzer, nothing to note.</summary>
    public static AnalyzerProvenance BuiltIn { get; } = new(BuiltInName, BuiltInName, BuiltInName, []);

    /// <summary>True when the built-in analyzer produced everything and nothing fell back.</summary>
    public bool IsBuiltInOnly => Language == BuiltInName && Summary == BuiltInName && Figures == BuiltInName && Notes.Count == 0;
}
