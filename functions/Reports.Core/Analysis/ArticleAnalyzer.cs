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
        // The article's words, tokenised once here for the stages that read tokens (the figure extractor now; the
        // others may take it in turn): this thread's reading, valid until the next article is read on it.
        var reading = profile is null ? null : ArticleReading.Read(sentences, profile, cancellationToken);
        var credits = Credits.Find(article.Text, sentences, profile);
        var caption = Credits.UnmarkedCaption(article.Text, sentences, credits, profile);
        var title = article.Title ?? TitleOf(article.Text, sentences, profile, credits, caption);
        cancellationToken.ThrowIfCancellationRequested();
        var code = language ?? guess!.Code;
        var notArticle = new List<int>();
        // The headline is the first line that is not a page's furniture (breadcrumb, byline, timestamp, credit).
        var headline = Math.Max(0, Array.IndexOf(credits, false));
        var numbers = NumbersForThread();
        var repeats = new List<Figure>();
        var notes = new List<string>(article.Warnings);
        var figures = profile is null ? [] : extractor.Extract(article.Text, sentences, profile, notArticle, headline, numbers, repeats, notes, reading, cancellationToken);
        foreach (var s in notArticle)
        {
            // Link lines and the headlines of other articles they head are no more the story than a byline is.
            credits[s] = true;
        }

        cancellationToken.ThrowIfCancellationRequested();
        var summary = summarizer.Summarize(title, sentences, profile, summarySentences, credits, caption, cancellationToken);
        figures = FigurePlaces.Attach(article.Text, title, sentences, figures, code, Gazetteer.Default, notArticle, numbers, repeats);
        figures = Articles.DayTimes.Default.StampWithEarlier(article.Text, sentences, figures, code);
        var analysis = new ArticleAnalysis(code, title, summary, figures);
        return notes.Count == 0 ? analysis : analysis with { Analyzers = analysis.Analyzers with { Notes = [.. analysis.Analyzers.Notes, .. notes] } };
    }

    // The spans of the article's numbers (the extractor fills it, the place pass reads it), reused on the thread: nothing
    // keeps it once the article's analysis is made.
    [ThreadStatic]
    private static List<(int Offset, int Length)>? _numbers;

    /// <summary>This thread's list of number spans, emptied (a new one when it grew past 4,096 entries).</summary>
    private static List<(int Offset, int Length)> NumbersForThread()
    {
        if (_numbers is null || _numbers.Capacity > 4_096)
        {
            _numbers = [];
        }

        _numbers.Clear();
        return _numbers;
    }

    /// <summary>How many lines above the headline may be navigation, bylines, credits, captions or timestamps.</summary>
    private const int MaxSkippedLines = 5;

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
    /// A line above the headline that is not it: page furniture (navigation, a date or time, share buttons, "Breaking
    /// News"), a byline or a photo credit, a photo caption (a line ending with a credit, or with an agency in square
    /// brackets, or opening with a picture's label), a link to another article ("Baca juga: …") (<see cref="Credits"/>).
    /// An agency in round brackets may end a headline ("Sumy strike kills four (AP)"): it does not pass over it.
    /// </summary>
    internal static bool IsAboveHeadline(ReadOnlySpan<char> line, LanguageProfile? profile) =>
        Credits.IsFurniture(line, profile) || Credits.IsBylineOrCredit(line, profile) || Credits.EndsWithCredit(line, profile)
        || Credits.EndsWithSquareBracketedName(line, profile) || Credits.IsLinkLine(line, profile) || Credits.OpensWithCaptionLabel(line, profile);

    internal static string TitleOf(string text, IReadOnlyList<Sentence> sentences) => TitleOf(text, sentences, null, null);

    /// <summary>
    /// The first line when it reads like a headline (short), else the first sentence; a title longer than
    /// <see cref="MaxTitleLength"/> is cut at a word boundary with an ellipsis. Lines above the headline that are not it
    /// (<see cref="IsAboveHeadline"/>) are passed over, and so are sentences flagged in <paramref name="credits"/>
    /// (<see cref="Credits.Find"/>) when the title is a sentence, and the unmarked photo caption at
    /// <paramref name="caption"/> (<see cref="Credits.UnmarkedCaption"/>); a credit in brackets opening that sentence is cut.
    /// </summary>
    internal static string TitleOf(string text, IReadOnlyList<Sentence> sentences, LanguageProfile? profile, bool[]? credits, int caption = -1)
    {
        var firstLine = text.AsSpan().TrimStart();
        var newline = firstLine.IndexOf('\n');
        var line = (newline >= 0 ? firstLine[..newline] : firstLine).Trim();
        for (var skipped = 0; skipped < MaxSkippedLines && newline >= 0 && (line.IsEmpty || IsAboveHeadline(line, profile) || IsCaptionLine(line, sentences, caption)); skipped++)
        {
            // "Home | World | Europe", "By Maria Lopez", "Photo: Reuters": a page's furniture pasted above its headline.
            firstLine = firstLine[(newline + 1)..].TrimStart();
            newline = firstLine.IndexOf('\n');
            line = (newline >= 0 ? firstLine[..newline] : firstLine).Trim();
        }

        var at = 0;
        if (line.Length is > 0 and <= MaxTitleLength)
        {
            var paragraph = credits is null ? -1 : ParagraphStart(text.Length - firstLine.Length, line, sentences);
            if (paragraph < 0)
            {
                return line.ToString();
            }

            // A short paragraph of sentences is no headline: its first sentence is the title.
            at = paragraph;
        }

        while (credits is not null && at < credits.Length - 1 && (credits[at] || at == caption || IsTeaserQuestion(text, sentences, at)))
        {
            at++;
        }

        var first = sentences.Count > 0 ? Credits.AfterBracketedCredit(sentences[at].Text, profile) : line.ToString();
        if (first.Length <= MaxTitleLength)
        {
            return first;
        }

        var cut = first.LastIndexOf(' ', MaxTitleLength - 1);
        return string.Concat(first.AsSpan(0, cut > MaxTitleLength / 2 ? cut : MaxTitleLength - 1).TrimEnd(), "…");
    }

    /// <summary>A short paragraph's first sentence gives the title when it has at least this many words (numbers aside).</summary>
    private const int MinParagraphTitleWords = 5;

    /// <summary>The line is the unmarked photo caption at <paramref name="caption"/> (a dated one may stand on its own line).</summary>
    private static bool IsCaptionLine(ReadOnlySpan<char> line, IReadOnlyList<Sentence> sentences, int caption) =>
        caption >= 0 && caption < sentences.Count && line.SequenceEqual(sentences[caption].Text.AsSpan().Trim());

    /// <summary>
    /// The index of the first sentence of the line at <paramref name="lineStart"/> when the line ends like a sentence and
    /// holds more than one (a short paragraph, "Bão số 3 đã đổ bộ … cấp 12. Hai người chết do cây đổ."), else -1.
    /// </summary>
    private static int ParagraphStart(int lineStart, ReadOnlySpan<char> line, IReadOnlyList<Sentence> sentences)
    {
        if (!Headline.IsTerminated(line))
        {
            return -1;
        }

        var lineEnd = lineStart + line.Length;
        var first = -1;
        for (var s = 0; s < sentences.Count && sentences[s].Offset < lineEnd; s++)
        {
            if (sentences[s].Offset < lineStart)
            {
                continue;
            }

            if (first >= 0)
            {
                // "Запоріжжя. Унаслідок удару …", "MOSCOW, July 4. /TASS/. …": a place or a dateline before the first stop is
                // no sentence to title with.
                return Credits.HasLetterWords(sentences[first].Text, MinParagraphTitleWords) ? first : -1;
            }

            first = s;
        }

        return -1;
    }

    /// <summary>
    /// The sentence is a question in the article's own voice (<see cref="Headline.IsBareQuestion"/>) with more of its
    /// paragraph on the same line: a teaser run into the lede ("Punya rencana liburan ke Bali? Pemerintah Provinsi Bali
    /// mulai …", "Bạn có biết …? Bộ Công an cho biết …"), not a headline; a question on a line of its own may be one.
    /// </summary>
    private static bool IsTeaserQuestion(string text, IReadOnlyList<Sentence> sentences, int at)
    {
        if (at + 1 >= sentences.Count || !Headline.IsBareQuestion(sentences[at].Text))
        {
            return false;
        }

        var between = text.AsSpan(sentences[at].End, sentences[at + 1].Offset - sentences[at].End);
        return between.IndexOfAny('\n', '\r') < 0;
    }
}
