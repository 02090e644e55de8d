using Reports.Core.Analysis;
using Reports.Core.Languages;

namespace Reports.Core.Figures;

/// <summary>
/// Finds every casualty and drone/missile figure of an article, once per (kind, value), each with its qualifier,
/// scope and the sentence that states it. Language knowledge comes from the profile's data file.
/// </summary>
public sealed class FigureExtractor
{
    public IReadOnlyList<Figure> Extract(IReadOnlyList<Sentence> sentences, LanguageProfile profile)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        ArgumentNullException.ThrowIfNull(profile);
        var language = CompiledLanguage.For(profile);
        var tokenizer = new Tokenizer(language);
        var scratch = new List<TermMatch>();
        var context = new ArticleContext();
        var figures = new List<Figure>();
        var fromHeadline = new HashSet<int>();
        var byKey = new Dictionary<(FigureKind, long), int>();
        for (var s = 0; s < sentences.Count; s++)
        {
            context.SentenceIndex = s;
            var sentence = sentences[s];
            var tokens = tokenizer.Tokenize(sentence.Text);
            var tagged = new TaggedSentence(sentence.Text, sentence.Offset, tokens, language, scratch);
            var mentions = NumberReader.Read(tokens, language, scratch);
            var candidates = new SentenceReader(tagged, mentions, language, context).Read();
            foreach (var c in candidates)
            {
                var figure = ToFigure(c, tagged);
                var key = (figure.Kind, figure.Value);
                if (!byKey.TryGetValue(key, out var at))
                {
                    byKey[key] = figures.Count;
                    if (s == 0)
                    {
                        fromHeadline.Add(figures.Count);
                    }

                    figures.Add(figure);
                }
                else if (fromHeadline.Remove(at))
                {
                    // The headline and the body give the same number: the body's wording wins.
                    figures[at] = figure;
                }
            }
        }

        return figures;
    }

    private static Figure ToFigure(Candidate c, TaggedSentence sentence)
    {
        var tokens = sentence.Tokens;
        var start = tokens[Math.Min(c.PhraseStart, c.Mention.QualifierStart)].Start;
        var end = tokens[Math.Max(c.PhraseEnd, c.Mention.End) - 1].End;
        var scope = sentence.HasCumulative ? FigureScope.Cumulative : FigureScope.Event;
        return Figure.Create(c.Kind, c.Mention.Value, c.Mention.Qualifier, scope, sentence.Text, sentence.Offset + start, end - start, c.Combined);
    }
}
