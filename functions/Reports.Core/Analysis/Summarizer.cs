using System.Runtime.InteropServices;
using Reports.Core.Languages;

namespace Reports.Core.Analysis;

/// <summary>
/// Extractive, language-independent summaries. Candidates are the sentences that are neither the headline, nor
/// fragments, nor run-ons. Each scores a weighted sum of its centrality (PageRank over the cosine similarity of
/// content-word vectors, stopwords removed, IDF within the article), its lead position, its similarity to the
/// headline and its content density (content words over words), scaled down when short or unterminated. The best non-redundant ones are returned verbatim in text order.
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

    public IReadOnlyList<string> Summarize(string title, IReadOnlyList<Sentence> sentences, LanguageProfile? profile, int count, CancellationToken cancellationToken = default) =>
        Summarize(title, sentences, profile, count, null, cancellationToken);

    /// <summary>
    /// As <see cref="Summarize(string, IReadOnlyList{Sentence}, LanguageProfile?, int, CancellationToken)"/>; the
    /// sentences flagged in <paramref name="excluded"/> (bylines, credits, photo captions: <see cref="Credits.Find"/>)
    /// are never chosen, unless nothing else is left.
    /// </summary>
    public IReadOnlyList<string> Summarize(string title, IReadOnlyList<Sentence> sentences, LanguageProfile? profile, int count, IReadOnlyList<bool>? excluded, CancellationToken cancellationToken = default) =>
        Summarize(title, sentences, profile, count, excluded, -1, cancellationToken);

    /// <summary>
    /// As <see cref="Summarize(string, IReadOnlyList{Sentence}, LanguageProfile?, int, IReadOnlyList{bool}?, CancellationToken)"/>;
    /// the sentence at <paramref name="caption"/> (an unmarked photo caption, <see cref="Credits.UnmarkedCaption"/>)
    /// keeps its place in the ranking (its words, its position) but is never chosen. A photo credit in brackets that
    /// opens a chosen sentence ("(Getty Images) …") is left out of it.
    /// </summary>
    public IReadOnlyList<string> Summarize(string title, IReadOnlyList<Sentence> sentences, LanguageProfile? profile, int count, IReadOnlyList<bool>? excluded, int caption, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(title);
        ArgumentNullException.ThrowIfNull(sentences);
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        if (count == 0 || sentences.Count == 0)
        {
            return [];
        }

        var headline = Headline.IsHeadline(title) ? title.Trim() : null;
        var scratch = Scratch.ForThread();
        var body = scratch.Body;
        for (var s = 0; s < sentences.Count; s++)
        {
            if (headline is null || !string.Equals(sentences[s].Text, headline, StringComparison.Ordinal))
            {
                body.Add(s);
            }
        }

        var vocabulary = new ContentWords(profile, scratch.Words);
        var content = scratch.Content;
        var totals = scratch.Totals;
        var starts = scratch.Starts;
        foreach (var s in body)
        {
            cancellationToken.ThrowIfCancellationRequested();
            starts.Add(content.Count);
            totals.Add(vocabulary.Read(sentences[s].Text, content));
        }

        starts.Add(content.Count);
        var candidates = scratch.Candidates;
        for (var b = 0; b < body.Count; b++)
        {
            if (totals[b] >= _options.MinWords && totals[b] <= _options.MaxWords && !Excluded(excluded, body[b]))
            {
                candidates.Add(b);
            }
        }

        for (var pass = 0; pass < 2 && candidates.Count == 0; pass++)
        {
            // Nothing of the right length: any sentence but a caption, then any at all.
            for (var b = 0; b < body.Count; b++)
            {
                if (pass == 1 || !Excluded(excluded, body[b]))
                {
                    candidates.Add(b);
                }
            }
        }

        // Centrality costs the square of the sentences ranked: rank only the first ones, where news puts what matters
        // (the lead bias already makes later sentences all but unreachable). Memory and time stay bounded whatever the
        // article's length: 32,000 one-line sentences rank like a 300-sentence article.
        if (candidates.Count > _options.MaxRankedSentences)
        {
            candidates.RemoveRange(_options.MaxRankedSentences, candidates.Count - _options.MaxRankedSentences);
        }

        var n = candidates.Count;
        var from = scratch.From;
        var to = scratch.To;
        foreach (var b in candidates)
        {
            from.Add(starts[b]);
            to.Add(starts[b + 1]);
        }

        var words = CollectionsMarshal.AsSpan(content);
        var vectors = scratch.Vectors;
        vectors.Build(words, CollectionsMarshal.AsSpan(from), CollectionsMarshal.AsSpan(to), vocabulary.Table.Count);
        cancellationToken.ThrowIfCancellationRequested();
        var centrality = scratch.Centrality(n);
        Centrality.PageRank(vectors, centrality.AsSpan(0, n));
        var max = Max(centrality.AsSpan(0, n));
        var titleVector = -1;
        if (headline is not null)
        {
            var known = vocabulary.Table.Count;
            var headlineStart = content.Count;
            vocabulary.Read(headline, content);
            titleVector = vectors.Project(CollectionsMarshal.AsSpan(content)[headlineStart..], known);
        }

        var scores = scratch.Scores(n);
        for (var c = 0; c < n; c++)
        {
            var b = candidates[c];
            var s = sentences[body[b]];
            var score = (_options.CentralityWeight * (max > 0 ? centrality[c] / max : 0))
                + (_options.PositionWeight / (1 + (c * _options.PositionDecay)))
                + (titleVector < 0 ? 0 : _options.TitleWeight * vectors.Cosine(c, titleVector))
                + (_options.DensityWeight * (starts[b + 1] - starts[b]) / Math.Max(1, totals[b]));
            score *= Math.Min(1, (double)totals[b] / _options.FullLengthWords);
            scores[c] = Headline.IsTerminated(s.Text) || Headline.IsLeadIn(s.Text) ? score : score * _options.UnterminatedFactor;
        }

        var order = scratch.Order;
        for (var c = 0; c < n; c++)
        {
            order.Add(c);
        }

        CollectionsMarshal.AsSpan(order).Sort(new ByScore(scores));
        var chosen = scratch.Chosen;
        while (chosen.Count < count)
        {
            // The best sentence still admissible: a sentence that points back waits until one before it is chosen,
            // then competes again ("Keputusan itu diambil setelah …" follows the lede it explains); a question the
            // article asks in its own voice (a sub-heading, another article's headline run in) is never taken.
            var next = -1;
            foreach (var c in order)
            {
                var text = sentences[body[candidates[c]]].Text;
                if (!chosen.Contains(c) && body[candidates[c]] != caption && !Headline.IsBareQuestion(text) && NotRedundant(vectors, chosen, c) && (!PointsBack(text, profile) || EarlierChosen(chosen, c)))
                {
                    next = c;
                    break;
                }
            }

            if (next < 0)
            {
                break;
            }

            chosen.Add(next);
        }

        if (chosen.Count == 0 && n > 0)
        {
            // Only questions or sentences pointing back: the best of them rather than nothing.
            chosen.Add(order[0]);
        }

        chosen.Sort();
        var summary = new string[chosen.Count];
        for (var k = 0; k < chosen.Count; k++)
        {
            summary[k] = Credits.AfterBracketedCredit(sentences[body[candidates[chosen[k]]]].Text, profile);
        }

        return summary;
    }

    private static bool Excluded(IReadOnlyList<bool>? excluded, int sentence) => excluded is not null && sentence < excluded.Count && excluded[sentence];

    private static double Max(ReadOnlySpan<double> values)
    {
        var max = 0.0;
        for (var k = 0; k < values.Length; k++)
        {
            max = k == 0 || values[k] > max ? values[k] : max;
        }

        return max;
    }

    /// <summary>
    /// The sentence opens with one of the language's back-references ("The above information …", "However, …"), or
    /// its opening words hold a demonstrative written after its noun ("Kebijakan itu …", "Xu thế này …": see
    /// <see cref="LanguageProfile.BackDemonstratives"/>), compared in folded form.
    /// </summary>
    internal static bool PointsBack(string text, LanguageProfile? profile)
    {
        if (profile is null || (profile.BackReferences.Count == 0 && profile.BackDemonstratives.Count == 0))
        {
            return false;
        }

        var start = Credits.AfterBracketedCredit(text.AsSpan(), profile).TrimStart(" \t\"'“”«»‘’-–—(");
        // Index loops over the profile's lists (read as IReadOnlyList, a foreach boxed an enumerator per sentence).
        var references = profile.BackReferences;
        for (var k = 0; k < references.Count; k++)
        {
            var term = references[k];
            if (StartsWithFolded(start, term) && (start.Length == term.Length || !char.IsLetterOrDigit(start[term.Length])))
            {
                return true;
            }
        }

        return profile.BackDemonstratives.Count > 0 && HasBackDemonstrative(start, profile.BackDemonstratives, profile.BackDemonstrativeExceptions);
    }

    /// <summary>How many of a sentence's first words are read for a demonstrative written after its noun.</summary>
    private const int DemonstrativeWords = 5;

    /// <summary>
    /// One of the second to the fifth words (space-separated, trailing punctuation aside) is one of the
    /// demonstratives, and no word before it ends with punctuation: the demonstrative closes the sentence's opening
    /// phrase ("Kebijakan itu akan …", "Selain itu, …", "DPR menyetujui rancangan undang-undang tersebut …"), not a
    /// later clause.
    /// </summary>
    private static bool HasBackDemonstrative(ReadOnlySpan<char> text, IReadOnlyList<string> demonstratives, IReadOnlyList<string> exceptions)
    {
        var i = 0;
        var previous = ReadOnlySpan<char>.Empty;
        for (var word = 0; word < DemonstrativeWords; word++)
        {
            while (i < text.Length && char.IsWhiteSpace(text[i]))
            {
                i++;
            }

            if (i == text.Length)
            {
                return false;
            }

            var from = i;
            while (i < text.Length && !char.IsWhiteSpace(text[i]))
            {
                i++;
            }

            var token = text[from..i];
            var end = token.Length;
            while (end > 0 && !Credits.IsWordChar(token[end - 1]))
            {
                end--;
            }

            if (word > 0)
            {
                for (var k = 0; k < demonstratives.Count; k++)
                {
                    var term = demonstratives[k];
                    if (end == term.Length && StartsWithFolded(token, term) && !IsException(previous, token[..end], exceptions))
                    {
                        return true;
                    }
                }
            }

            previous = token;
            if (end < token.Length)
            {
                // "Menurut polisi, pria itu …": a comma or a stop ends the opening phrase before the demonstrative.
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the text starts with the term, both compared in their <see cref="WordFold"/> form (case, and the Arabic
    /// letters Persian writers often type in place of their own), without making a string.
    /// </summary>
    private static bool StartsWithFolded(ReadOnlySpan<char> text, ReadOnlySpan<char> term)
    {
        if (text.Length < term.Length)
        {
            return false;
        }

        for (var i = 0; i < term.Length; i++)
        {
            if (WordFold.Fold(text[i]) != WordFold.Fold(term[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The two words, folded, are one of the phrases ("tuần" and "này" for "tuần này").</summary>
    private static bool IsException(ReadOnlySpan<char> previous, ReadOnlySpan<char> word, IReadOnlyList<string> exceptions)
    {
        for (var k = 0; k < exceptions.Count; k++)
        {
            var phrase = exceptions[k];
            var space = phrase.IndexOf(' ', StringComparison.Ordinal);
            if (space == previous.Length && phrase.Length - space - 1 == word.Length && StartsWithFolded(previous, phrase.AsSpan(0, space)) && StartsWithFolded(word, phrase.AsSpan(space + 1)))
            {
                return true;
            }
        }

        return false;
    }

    private static bool EarlierChosen(List<int> chosen, int candidate)
    {
        foreach (var other in chosen)
        {
            if (other < candidate)
            {
                return true;
            }
        }

        return false;
    }

    private bool NotRedundant(TermVectors vectors, List<int> chosen, int candidate)
    {
        foreach (var other in chosen)
        {
            if (vectors.Cosine(candidate, other) > _options.MaxRedundancy)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Best score first, then text order.</summary>
    private readonly struct ByScore(double[] scores) : IComparer<int>
    {
        public int Compare(int x, int y)
        {
            var byScore = scores[y].CompareTo(scores[x]);
            return byScore != 0 ? byScore : x.CompareTo(y);
        }
    }

    /// <summary>The buffers one summary needs, kept per thread and reused from one article to the next.</summary>
    private sealed class Scratch
    {
        [ThreadStatic]
        private static Scratch? _current;

        private double[] _centrality = new double[64];
        private double[] _scores = new double[64];

        public WordTable Words { get; } = new();

        public TermVectors Vectors { get; } = new();

        public List<int> Body { get; } = [];

        public List<int> Content { get; } = [];

        public List<int> Totals { get; } = [];

        public List<int> Starts { get; } = [];

        public List<int> Candidates { get; } = [];

        public List<int> From { get; } = [];

        public List<int> To { get; } = [];

        public List<int> Order { get; } = [];

        public List<int> Chosen { get; } = [];

        /// <summary>This thread's scratch, emptied.</summary>
        public static Scratch ForThread()
        {
            var scratch = _current ??= new Scratch();
            scratch.Words.Clear();
            foreach (var list in (ReadOnlySpan<List<int>>)[scratch.Body, scratch.Content, scratch.Totals, scratch.Starts, scratch.Candidates, scratch.From, scratch.To, scratch.Order, scratch.Chosen])
            {
                list.Clear();
            }

            return scratch;
        }

        public double[] Centrality(int n) => _centrality.Length >= n ? _centrality : _centrality = new double[Math.Max(n, _centrality.Length * 2)];

        public double[] Scores(int n) => _scores.Length >= n ? _scores : _scores = new double[Math.Max(n, _scores.Length * 2)];
    }
}
