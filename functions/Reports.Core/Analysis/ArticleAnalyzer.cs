using Reports.Core.Articles;
using Reports.Core.Figures;
using Reports.Core.Languages;

namespace Reports.Core.Analysis;

/// <summary>Ties detection, segmentation, summarisation and figure extraction together for one article.</summary>
public sealed class ArticleAnalyzer(LanguageCatalog catalog, LanguageDetector detector, SentenceSegmenter segmenter, Summarizer summarizer, FigureExtractor extractor)
{
    public const int DefaultSummarySentences = 3;

    public ArticleAnalyzer()
        : this(LanguageCatalog.Default)
    {
    }

    public ArticleAnalyzer(LanguageCatalog catalog)
        : this(catalog, new LanguageDetector(catalog), new SentenceSegmenter(), new Summarizer(), new FigureExtractor())
    {
    }

    public LanguageCatalog Catalog => catalog;

    public ArticleAnalysis Analyze(ArticleText article, int summarySentences = DefaultSummarySentences)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentOutOfRangeException.ThrowIfNegative(summarySentences);
        var guess = detector.Detect(article.Text);
        var profile = guess.Closest;
        var sentences = segmenter.Split(article.Text, profile);
        var title = article.Title ?? TitleOf(article.Text, sentences);
        var summary = summarizer.Summarize(title, sentences, profile, summarySentences);
        var figures = profile is null ? [] : extractor.Extract(sentences, profile);
        return new ArticleAnalysis(guess.Code, title, summary, figures);
    }

    /// <summary>The first line when it reads like a headline, else the first sentence.</summary>
    private static string TitleOf(string text, IReadOnlyList<Sentence> sentences)
    {
        var firstLine = text.AsSpan().TrimStart();
        var newline = firstLine.IndexOf('\n');
        if (newline > 0 && newline <= 300)
        {
            return firstLine[..newline].Trim().ToString();
        }

        return sentences.Count > 0 ? sentences[0].Text : string.Empty;
    }
}
