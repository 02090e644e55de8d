using Reports.Core.Languages;

namespace Reports.Core.Analysis;

/// <summary>
/// Extractive, language-independent summaries. Candidates are the sentences that are neither the headline, nor
/// fragments, nor run-ons. Each scores a weighted sum of its centrality (PageRank over the cosine similarity of
/// content-word vectors, stopwords removed, IDF within the article), its lead position and its similarity to the
/// headline, scaled down when short or unterminated. The best non-redundant ones are returned verbatim in text order.
/// </summary>
public sealed class Summarizer
{
    private readonly SummarizerOptions _options;

    public Summarizer()
        : this(new SummarizerOptions())
    {
    }

    public Summarizer(SummarizerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
    }

    public IReadOnlyList<string> Summarize(string title, IReadOnlyList<Sentence> sentences, LanguageProfile? profile, int count, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(title);
        ArgumentNullException.ThrowIfNull(sentences);
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        if (count == 0 || sentences.Count == 0)
        {
            return [];
        }

        var headline = Headline.IsHeadline(title) ? title.Trim() : null;
        var body = sentences.Where(s => headline is null || !string.Equals(s.Text, headline, StringComparison.Ordinal)).ToList();
        var vocabulary = new ContentWords(profile);
        var words = body.Select(s =>
        {
            cancellationToken.ThrowIfCancellationRequested();
            return vocabulary.Words(s.Text);
        }).ToList();
        var candidates = Enumerable.Range(0, body.Count).Where(i => words[i].Total >= _options.MinWords && words[i].Total <= _options.MaxWords).ToList();
        if (candidates.Count == 0)
        {
            candidates = [.. Enumerable.Range(0, body.Count)];
        }

        // Centrality costs the square of the sentences ranked: rank only the first ones, where news puts what matters
        // (the lead bias already makes later sentences all but unreachable). Memory and time stay bounded whatever the
        // article's length: 32,000 one-line sentences rank like a 300-sentence article.
        if (candidates.Count > _options.MaxRankedSentences)
        {
            candidates = candidates[.._options.MaxRankedSentences];
        }

        var vectors = TermVectors.Build(candidates.Select(i => words[i].Content).ToList());
        cancellationToken.ThrowIfCancellationRequested();
        var centrality = Centrality.PageRank(vectors);
        var max = centrality.Length == 0 ? 0 : centrality.Max();
        SparseVector? titleVector = headline is null ? null : vectors.Project(vocabulary.Words(headline).Content);
        var scores = new double[candidates.Count];
        for (var c = 0; c < candidates.Count; c++)
        {
            var s = body[candidates[c]];
            var score = (_options.CentralityWeight * (max > 0 ? centrality[c] / max : 0))
                + (_options.PositionWeight / (1 + (c * _options.PositionDecay)))
                + (titleVector is null ? 0 : _options.TitleWeight * vectors.Cosine(c, titleVector.Value));
            score *= Math.Min(1, (double)words[candidates[c]].Total / _options.FullLengthWords);
            scores[c] = Headline.IsTerminated(s.Text) ? score : score * _options.UnterminatedFactor;
        }

        var chosen = new List<int>();
        foreach (var c in Enumerable.Range(0, candidates.Count).OrderByDescending(c => scores[c]).ThenBy(c => c))
        {
            if (chosen.Count == count)
            {
                break;
            }

            if (chosen.TrueForAll(other => vectors.Cosine(c, other) <= _options.MaxRedundancy))
            {
                chosen.Add(c);
            }
        }

        return [.. chosen.Order().Select(c => body[candidates[c]].Text)];
    }
}
