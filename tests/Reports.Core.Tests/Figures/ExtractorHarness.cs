using Reports.Core.Analysis;
using Reports.Core.Figures;
using Reports.Core.Languages;

namespace Reports.Core.Tests.Figures;

/// <summary>Runs segmentation and extraction for one language and gives figures as wire names, for compact assertions.</summary>
internal static class ExtractorHarness
{
    public static IReadOnlyList<(string Kind, long Value, string Qualifier)> Extract(string code, string text) =>
        [.. Figures(code, text).Select(f => (FigureNames.Of(f.Kind), f.Value, FigureNames.Of(f.Qualifier)))];

    public static IReadOnlyList<Figure> Figures(string code, string text)
    {
        var profile = LanguageCatalog.Default.Get(code);
        var sentences = new SentenceSegmenter().Split(text, profile);
        return new FigureExtractor().Extract(sentences, profile);
    }

    /// <summary>"killed 3 exact; injured 12 at_least" → the set of expected triples.</summary>
    public static IReadOnlyList<(string Kind, long Value, string Qualifier)> Parse(string expected) =>
        [.. expected.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(part => part.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Select(p => (p[0], long.Parse(p[1], System.Globalization.CultureInfo.InvariantCulture), p.Length > 2 ? p[2] : "exact"))];

    public static void AssertFigures(string code, string text, string expected)
    {
        var actual = Extract(code, text).OrderBy(f => f.Kind, StringComparer.Ordinal).ThenBy(f => f.Value).ToList();
        var wanted = Parse(expected).OrderBy(f => f.Kind, StringComparer.Ordinal).ThenBy(f => f.Value).ToList();
        Assert.Equal(wanted, actual);
    }

    /// <summary>"killed 9 event; killed 380 cumulative": every figure with its kind, value and scope, nothing else.</summary>
    public static void AssertScopes(string code, string text, string expected)
    {
        var actual = Figures(code, text).Select(f => $"{FigureNames.Of(f.Kind)} {f.Value} {(f.Scope == FigureScope.Cumulative ? "cumulative" : "event")}")
            .Order(StringComparer.Ordinal).ToList();
        var wanted = expected.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(wanted, actual);
    }

    /// <summary>At least one figure, and every figure with <paramref name="scope"/>.</summary>
    public static void AssertAllScopes(string code, string text, FigureScope scope)
    {
        var figures = Figures(code, text);
        Assert.NotEmpty(figures);
        Assert.All(figures, f => Assert.Equal(scope, f.Scope));
    }
}
