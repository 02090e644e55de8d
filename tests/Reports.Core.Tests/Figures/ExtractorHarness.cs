using Reports.Core.Analysis;
using Reports.Core.Figures;
using Reports.Core.Languages;

namespace Reports.Core.Tests.Figures;

/// <summary>Runs the figure extractor on a text with a given language profile and returns wire names.</summary>
internal static class ExtractorHarness
{
    public static IReadOnlyList<(string Kind, long Value, string Qualifier)> Extract(string code, string text)
    {
        var profile = LanguageCatalog.Default.Get(code);
        var sentences = new SentenceSegmenter().Split(text, profile);
        var figures = new FigureExtractor().Extract(sentences, profile);
        return [.. figures.Select(f => (FigureNames.Of(f.Kind), f.Value, FigureNames.Of(f.Qualifier)))];
    }
}
