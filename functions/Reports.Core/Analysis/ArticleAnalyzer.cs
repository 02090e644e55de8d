using Reports.Core.Articles;
using Reports.Core.Figures;
using Reports.Core.Languages;
using Reports.Core.Places;

namespace Reports.Core.Analysis;

/// <summary>Ties detection, segmentation, summarisation and figure extraction together for one article.</summary>
public sealed class ArticleAnalyzer(LanguageCatalog catalog, LanguageDetector detector, SentenceSegmenter segmenter, Summarizer summarizer, FigureExtractor extractor)
{
    public const int DefaultSummarySentences = 3;

    /// <summary>Titles longer than this are cut.</summary>
    public const int MaxTitleLength = 200;

    public ArticleAnalyzer()
        : this(LanguageCatalog.Default)
    {
    }

    public ArticleAnalyzer(LanguageCatalog catalog)
        : this(catalog, new LanguageDetector(catalog), new SentenceSegmenter(), new Summarizer(), new FigureExtractor())
    {
    }

    public LanguageCatalog Catalog => catalog;

    public ArticleAnalysis Analyze(ArticleText article, int summarySentences = DefaultSummarySentences) => Analyze(article, summarySentences, null);

    /// <summary>
    /// Analyses the article as written in <paramref name="language"/> when given (a code another detector decided):
    /// its profile segments the text and reads the figures when the catalog has it; otherwise the built-in detector's
    /// closest profile does, and the code is still reported.
    /// </summary>
    public ArticleAnalysis Analyze(ArticleText article, int summarySentences, string? language) => Analyze(article, summarySentences, language, CancellationToken.None);

    /// <summary>
    /// As <see cref="Analyze(ArticleText, int, string?)"/>, stopping with <see cref="OperationCanceledException"/> between
    /// sentences once <paramref name="cancellationToken"/> is cancelled (an article's time budget).
    /// </summary>
    public ArticleAnalysis Analyze(ArticleText article, int summarySentences, string? language, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentOutOfRangeException.ThrowIfNegative(summarySentences);
        var profile = language is null ? null : catalog.Find(language);
        var guess = profile is null ? detector.Detect(article.Text) : null;
        profile ??= guess!.Closest;
        var sentences = segmenter.Split(article.Text, profile);
        var title = article.Title ?? TitleOf(article.Text, sentences);
        cancellationToken.ThrowIfCancellationRequested();
        var summary = summarizer.Summarize(title, sentences, profile, summarySentences, cancellationToken);
        var code = language ?? guess!.Code;
        var figures = profile is null ? [] : extractor.Extract(sentences, profile, cancellationToken);
        cancellationToken.ThrowIfCancellationRequested();
        figures = FigurePlaces.Attach(article.Text, title, sentences, figures, code, Gazetteer.Default);
        var analysis = new ArticleAnalysis(code, title, summary, figures);
        return article.Warnings.Count == 0 ? analysis : analysis with { Analyzers = analysis.Analyzers with { Notes = [.. analysis.Analyzers.Notes, .. article.Warnings] } };
    }

    private const int MaxNavigationLines = 3;

    /// <summary>A breadcrumb or menu line: three or more items joined by " | ", " › ", " » ", " > " or " / ".</summary>
    internal static bool IsNavigation(ReadOnlySpan<char> line)
    {
        var separators = 0;
        for (var i = 1; i + 1 < line.Length; i++)
        {
            if (line[i] is '|' or '›' or '»' or '>' or '/' && line[i - 1] == ' ' && line[i + 1] == ' ')
            {
                separators++;
            }
        }

        return separators >= 2;
    }

    /// <summary>
    /// The first line when it reads like a headline (short), else the first sentence; a title longer than
    /// <see cref="MaxTitleLength"/> is cut at a word boundary with an ellipsis.
    /// </summary>
    internal static string TitleOf(string text, IReadOnlyList<Sentence> sentences)
    {
        var firstLine = text.AsSpan().TrimStart();
        var newline = firstLine.IndexOf('\n');
        var line = (newline >= 0 ? firstLine[..newline] : firstLine).Trim();
        for (var skipped = 0; skipped < MaxNavigationLines && newline >= 0 && IsNavigation(line); skipped++)
        {
            // "Home | World | Europe": a page's navigation pasted above its headline.
            firstLine = firstLine[(newline + 1)..].TrimStart();
            newline = firstLine.IndexOf('\n');
            line = (newline >= 0 ? firstLine[..newline] : firstLine).Trim();
        }

        if (line.Length is > 0 and <= MaxTitleLength)
        {
            return line.ToString();
        }

        var first = sentences.Count > 0 ? sentences[0].Text : line.ToString();
        if (first.Length <= MaxTitleLength)
        {
            return first;
        }

        var cut = first.LastIndexOf(' ', MaxTitleLength - 1);
        return string.Concat(first.AsSpan(0, cut > MaxTitleLength / 2 ? cut : MaxTitleLength - 1).TrimEnd(), "…");
    }
}
