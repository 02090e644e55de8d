using Reports.Core.Analysis;
using Reports.Core.Languages;
using Reports.Core.Places;

namespace Reports.Core.Figures;

/// <summary>
/// Finds every casualty and drone/missile figure of an article, once per (kind, value), each with its qualifier,
/// scope and the sentence that states it. Language knowledge comes from the profile's data file.
/// </summary>
public sealed class FigureExtractor
{
    /// <summary>A sentence that is only a list's index: "1.", "2)".</summary>
    private static bool IsListIndex(TaggedSentence sentence) =>
        sentence.Count is 1 or 2 && sentence.Tokens[0].IsNumber && (sentence.Count == 1 || sentence.Tokens[1].Folded is "." or ")");

    /// <summary>
    /// "Russia fires 300 drones at Kyiv 2.": a headline of a numbered list run into one line ends with the next item's
    /// index (a small number and a dot after a word or number), not with a full stop of prose.
    /// </summary>
    private static bool EndsWithListIndex(TaggedSentence sentence) =>
        sentence.Count >= 3 && sentence.Tokens[^1].Folded == "." && sentence.Tokens[^2].IsNumber && sentence.Tokens[^2].Number is >= 1 and <= 20 &&
        !sentence.Tokens[^3].IsPunctuation;

    /// <summary>
    /// How many figures (distinct kinds and numbers) an article is read for: the densest news round-ups state about a
    /// hundred; a page of 100,000 clauses with a figure each held 920 MB. Past it the sentences are not read, the first
    /// ones in text order are kept and the analysis says so (<see cref="CappedNote"/>), as a table is read for its first
    /// <see cref="TableReader.MaxRows"/> rows.
    /// </summary>
    public const int MaxFigures = 2_000;

    /// <summary>The analysis's note when an article states more than <see cref="MaxFigures"/> figures.</summary>
    public static readonly string CappedNote =
        $"figures: the article states more than {MaxFigures:N0} figures; only the first {MaxFigures:N0} (in text order) are kept";

    /// <summary>How many headline lines (lines not ending like prose) a link marker alone ("Most read", "Baca juga") heads.</summary>
    private const int LinkedHeadlines = 10;

    public IReadOnlyList<Figure> Extract(IReadOnlyList<Sentence> sentences, LanguageProfile profile, CancellationToken cancellationToken = default) =>
        Extract(sentences, profile, null, cancellationToken);

    /// <summary>
    /// As <see cref="Extract(IReadOnlyList{Sentence}, LanguageProfile, CancellationToken)"/>; the indices of the sentences
    /// that are not the article's text (link lines and the headlines a link marker heads) are added to
    /// <paramref name="notArticle"/>, so later passes (places) can leave them out too.
    /// </summary>
    public IReadOnlyList<Figure> Extract(IReadOnlyList<Sentence> sentences, LanguageProfile profile, ICollection<int>? notArticle, CancellationToken cancellationToken = default) =>
        Extract(sentences, profile, notArticle, 0, cancellationToken);

    /// <summary>
    /// As <see cref="Extract(IReadOnlyList{Sentence}, LanguageProfile, ICollection{int}?, CancellationToken)"/>, with the
    /// index of the headline's sentence (after a page's breadcrumb, byline or timestamp lines): a number the headline
    /// and the body both give takes the body's wording ("5 người thiệt mạng" in the headline, "Ít nhất 5 người" below).
    /// </summary>
    public IReadOnlyList<Figure> Extract(IReadOnlyList<Sentence> sentences, LanguageProfile profile, ICollection<int>? notArticle, int headline, CancellationToken cancellationToken = default) =>
        Extract(null, sentences, profile, notArticle, headline, cancellationToken);

    /// <summary>
    /// As <see cref="Extract(IReadOnlyList{Sentence}, LanguageProfile, ICollection{int}?, int, CancellationToken)"/>, with
    /// the article's <paramref name="text"/> (the sentences' source): the tables in it are read too
    /// (<see cref="TableReader"/>; docs/figures.md, "Tables"). A table's figure stands for the sentences' figure of the
    /// same kind and number, and rows of equal numbers stay apart (their places or days differ).
    /// </summary>
    public IReadOnlyList<Figure> Extract(string? text, IReadOnlyList<Sentence> sentences, LanguageProfile profile, ICollection<int>? notArticle, int headline, CancellationToken cancellationToken = default) =>
        Extract(text, sentences, profile, notArticle, headline, null, cancellationToken);

    /// <summary>
    /// As <see cref="Extract(string?, IReadOnlyList{Sentence}, LanguageProfile, ICollection{int}?, int, CancellationToken)"/>,
    /// also adding to <paramref name="numbers"/> the text span of every number read in the article's sentences, figure
    /// or not ("two hit an energy facility in Poltava region": the place after it is that number's, not the tally's;
    /// <see cref="Places.FigurePlaces"/>).
    /// </summary>
    public IReadOnlyList<Figure> Extract(string? text, IReadOnlyList<Sentence> sentences, LanguageProfile profile, ICollection<int>? notArticle, int headline, ICollection<(int Offset, int Length)>? numbers, CancellationToken cancellationToken = default) =>
        Extract(text, sentences, profile, notArticle, headline, numbers, null, cancellationToken);

    /// <summary>
    /// As above; <paramref name="repeats"/>, when given, receives the event figures left out because an earlier sentence
    /// (not the headline) states the same kind and number ("Deux personnes ont été tuées à Nikopol. … À Kherson, une frappe
    /// a fait deux morts"): the place pass keeps one when both sentences name places that do not contain each other.
    /// </summary>
    public IReadOnlyList<Figure> Extract(string? text, IReadOnlyList<Sentence> sentences, LanguageProfile profile, ICollection<int>? notArticle, int headline, ICollection<(int Offset, int Length)>? numbers, ICollection<Figure>? repeats, CancellationToken cancellationToken = default) =>
        Extract(text, sentences, profile, notArticle, headline, numbers, repeats, null, cancellationToken);

    /// <summary>
    /// As above; <see cref="CappedNote"/> is added to <paramref name="notes"/>, when given, if the article states more than
    /// <see cref="MaxFigures"/> figures (only the first are returned either way).
    /// </summary>
    public IReadOnlyList<Figure> Extract(string? text, IReadOnlyList<Sentence> sentences, LanguageProfile profile, ICollection<int>? notArticle, int headline, ICollection<(int Offset, int Length)>? numbers, ICollection<Figure>? repeats, ICollection<string>? notes, CancellationToken cancellationToken = default) =>
        Extract(text, sentences, profile, notArticle, headline, numbers, repeats, notes, null, cancellationToken);

    /// <summary>
    /// As above, reading the sentences' tokens from <paramref name="reading"/> when given (the article's words read once
    /// for every stage: <see cref="ArticleReading"/>, made from these <paramref name="sentences"/> and this
    /// <paramref name="profile"/>); without it the sentences are read here.
    /// </summary>
    internal IReadOnlyList<Figure> Extract(string? text, IReadOnlyList<Sentence> sentences, LanguageProfile profile, ICollection<int>? notArticle, int headline, ICollection<(int Offset, int Length)>? numbers, ICollection<Figure>? repeats, ICollection<string>? notes, ArticleReading? reading, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        ArgumentNullException.ThrowIfNull(profile);
        var language = CompiledLanguage.For(profile);
        if (reading is null)
        {
            reading = ArticleReading.Read(sentences, profile, cancellationToken);
        }
        else if (!ReferenceEquals(reading.Sentences, sentences) || reading.Language != language)
        {
            throw new ArgumentException("The reading is of other sentences or another language.", nameof(reading));
        }

        var scratch = new List<TermMatch>();
        var context = new ArticleContext();
        var figures = new List<Figure>();
        var fromHeadline = new HashSet<int>();
        // The numbers of the sentence being read: one list for the article, since the reader keeps only its candidates.
        var mentions = new List<Mention>();
        // Each kind and number's figure (its position in figures) and the sentence it came from.
        var byKey = new Dictionary<(FigureKind, long), (int At, int Sentence)>();
        // First pass: tag every sentence, so article-wide facts (an accident story with no attack in it) are known.
        var arena = TagArena.ForThread();
        var tagged = arena.Sentences(sentences.Count);
        var accident = false;
        var violence = false;
        for (var s = 0; s < sentences.Count; s++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var sentence = sentences[s];
            tagged[s] = TaggedSentence.Retag(tagged[s], sentence.Text, sentence.Offset, reading.Tokens(s), language, scratch, arena);
            accident |= tagged[s].HasAccident;
            violence |= tagged[s].HasViolence;
        }

        if (accident && !violence && language.Conflicts.Count > 0)
        {
            // "Aid agencies warn that 25 million people face acute hunger." … "The war has killed more than 50,000 people":
            // a war or fighting (data conflicts) is violence too, though no attack or weapon is named. Read only in the rare
            // article that names an accident and no attack.
            for (var s = 0; s < sentences.Count && !violence; s++)
            {
                foreach (var t in tagged[s].Tokens)
                {
                    if (t.IsWord && language.Conflicts.Contains(t.Folded))
                    {
                        violence = true;
                        break;
                    }
                }
            }
        }

        var accidentStory = accident && !violence;
        context.Violence = violence;
        var linkedLines = 0;
        for (var s = 0; s < sentences.Count; s++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            context.SentenceIndex = s;
            if (tagged[s].IsLink || Credits.OpensWithArrow(sentences[s].Text.AsSpan().Trim()))
            {
                // "Read more: …": a headline of another article; a marker alone heads the lines that follow it.
                linkedLines = tagged[s].LinkOnly ? LinkedHeadlines : 0;
                notArticle?.Add(s);
                continue;
            }

            if (tagged[s].IsEditorNote(language))
            {
                // "(Adds details on casualties in paragraph 4)", "An earlier version of this article said 21 were injured":
                // a note about the article, its numbers paragraphs and replaced values (its places are the article's).
                linkedLines = 0;
                continue;
            }

            if (linkedLines > 0 && IsListIndex(tagged[s]))
            {
                // "1." before a headline of a "Most read" list.
                notArticle?.Add(s);
                continue;
            }

            if (linkedLines > 0 && (!EndsLikeProse(tagged[s].Text) || EndsWithListIndex(tagged[s])))
            {
                linkedLines--;
                notArticle?.Add(s);
                continue;
            }

            linkedLines = 0;
            NumberReader.Read(tagged[s].Tokens, language, scratch, mentions);
            if (numbers is not null)
            {
                foreach (var m in mentions)
                {
                    var first = tagged[s].Tokens[m.Start];
                    numbers.Add((tagged[s].Offset + first.Start, tagged[s].Tokens[m.End - 1].End - first.Start));
                }
            }

            var candidates = SentenceReader.For(tagged[s], mentions, language, context).Read();
            var sentenceFirst = figures.Count;
            foreach (var c in candidates)
            {
                if (accidentStory && c.Kind is FigureKind.Killed or FigureKind.Injured or FigureKind.Casualties && !c.AccidentInPart)
                {
                    // Casualties of a crash, fire or flood, in an article that names no attack or weapon.
                    continue;
                }

                var figure = ToFigure(c, tagged[s]);
                if (figure.Additional && !c.Added && (!figures.Exists(f => f.Kind == figure.Kind) || OnlyOtherKinds(figures, sentenceFirst, figure.Kind)))
                {
                    // "шестеро загиблих, ще 23 людини поранені", "tres muertos y otras 12 heridas": with no earlier count of
                    // its kind, "another" sets the count against one of another kind; there is nothing to add it to. So
                    // too when its own sentence counts only other kinds before it, whatever earlier sentences counted:
                    // "Поранені 4 людини. Нагадаємо, вранці … загинули двоє людей, ще 9 поранені" are nine besides the
                    // two dead, not nine more than the four.
                    figure = figure with { Additional = false };
                }

                var key = (figure.Kind, figure.Value);
                if (!byKey.TryGetValue(key, out var seen))
                {
                    byKey[key] = (figures.Count, s);
                    if (s == headline)
                    {
                        fromHeadline.Add(figures.Count);
                    }

                    figures.Add(figure);
                }
                else if ((seen.Sentence != s || c.Parent is null) && fromHeadline.Remove(seen.At))
                {
                    // The headline and the body give the same number: the body's wording wins (an "another" in either stays).
                    // A later item of a list in the same sentence ("12 over Bryansk, 12 over Kursk") is no restatement: the
                    // first stays, as in the body.
                    figures[seen.At] = figure with { Additional = figure.Additional || figures[seen.At].Additional };
                    byKey[key] = (seen.At, s);
                }
                else if (repeats is not null && repeats.Count < MaxFigures && s != headline && figure.Scope == FigureScope.Event && seen.Sentence != s)
                {
                    // (As many as the figures kept: a list of thousands of items that repeats a thousand numbers made every
                    // repeat a figure the place pass placed, one by one.)
                    repeats.Add(figure);
                }
            }

            if (context.WeakOneTaken is { } weakOne)
            {
                // "Ein Mensch ist getötet worden. Vier weitere wurden verletzt.": the one of the sentence before is a tally.
                context.WeakOneTaken = null;
                var figure = ToFigure(weakOne.Candidate, tagged[weakOne.Sentence]);
                if (byKey.TryAdd((figure.Kind, figure.Value), (figures.Count, weakOne.Sentence)))
                {
                    figures.Add(figure);
                }
            }

            if (figures.Count > MaxFigures)
            {
                // More than any news article states: the rest of the text is not read (nor its numbers, for places).
                break;
            }
        }

        List<Figure>? restatedVictims = null;
        foreach (var at in fromHeadline)
        {
            // "Korban Serangan di Dnipro Bertambah Jadi 15" over "Jumlah korban tewas … bertambah menjadi 15 orang": the
            // headline's victims are the body's dead (or wounded) of that number, no combined count of their own.
            var f = figures[at];
            if (f.Kind == FigureKind.Casualties &&
                ((byKey.TryGetValue((FigureKind.Killed, f.Value), out var dead) && !fromHeadline.Contains(dead.At)) ||
                 (byKey.TryGetValue((FigureKind.Injured, f.Value), out var hurt) && !fromHeadline.Contains(hurt.At))))
            {
                (restatedVictims ??= []).Add(f);
            }
        }

        if (context.Tended is { } tended && fromHeadline.Count > 0)
        {
            // "Hàng trăm người bị thương được sơ tán khỏi Gaza" over "… trong nhiều tháng qua" in the body: the headline's
            // count of wounded tended is no figure either.
            for (var i = figures.Count - 1; i >= 0; i--)
            {
                if (fromHeadline.Contains(i) && tended.Contains((figures[i].Kind, figures[i].Value)))
                {
                    figures.RemoveAt(i);
                }
            }
        }

        if (restatedVictims is not null)
        {
            figures.RemoveAll(restatedVictims.Contains);
        }

        // "26,384 victims" read as killed in one sentence and shown to be killed plus injured in another (its parts add
        // up) is one casualty count: the breakdown decides.
        // "Five soldiers were killed … 'We lost five brothers'": a loss with no breakdown leaves the killed as they are.
        if (byKey.Count > 1)
        {
            figures.RemoveAll(f => f.Kind == FigureKind.Killed && byKey.ContainsKey((FigureKind.Casualties, f.Value)) && PartsAddUp(figures, f.Value));
        }

        // "18 drones, two cruise missiles and one ballistic missile … shot down all 21 projectiles": a count of drones and
        // missiles together is a figure only when the article gives no split (GUIDELINE); here its parts are stated.
        figures.RemoveAll(f => f.Combined && SplitStated(figures, f.Value));
        OneWeaponRestated(figures);
        if (text is not null && TableReader.Read(text, language, Gazetteer.Default, accidentStory) is { Count: > 0 } table)
        {
            figures.RemoveAll(f => table.Exists(t => t.Kind == f.Kind && t.Value == f.Value));
            figures.AddRange(table);
        }

        if (figures.Count > MaxFigures)
        {
            figures.RemoveRange(MaxFigures, figures.Count - MaxFigures);
            notes?.Add(CappedNote);
        }

        return figures;
    }

    /// <summary>A killed and an injured count of the article add up to <paramref name="value"/>.</summary>
    private static bool PartsAddUp(List<Figure> figures, long value)
    {
        foreach (var killed in figures)
        {
            if (killed.Kind != FigureKind.Killed || killed.Value >= value)
            {
                continue;
            }

            foreach (var injured in figures)
            {
                if (injured.Kind == FigureKind.Injured && killed.Value + injured.Value == value)
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// "They fired two ballistic missiles … Both projectiles were intercepted" (es "ambos proyectiles", fr "les deux
    /// projectiles"): a combined count whose number restates a launched count of one weapon only (the article counts no
    /// other weapon on its own) names those weapons, so it takes their kind; a launched repeat of it is dropped.
    /// </summary>
    private static void OneWeaponRestated(List<Figure> figures)
    {
        var missiles = figures.Exists(f => !f.Combined && f.Kind is FigureKind.MissilesLaunched or FigureKind.MissilesDowned);
        var drones = figures.Exists(f => !f.Combined && f.Kind is FigureKind.DronesLaunched or FigureKind.DronesDowned);
        if (missiles == drones)
        {
            return;
        }

        var launched = missiles ? FigureKind.MissilesLaunched : FigureKind.DronesLaunched;
        for (var i = figures.Count - 1; i >= 0; i--)
        {
            var f = figures[i];
            if (!f.Combined || !figures.Exists(o => !o.Combined && o.Kind == launched && o.Value == f.Value))
            {
                continue;
            }

            var kind = f.Kind switch
            {
                FigureKind.DronesLaunched => launched,
                FigureKind.DronesDowned => missiles ? FigureKind.MissilesDowned : FigureKind.DronesDowned,
                _ => f.Kind,
            };
            if (kind == f.Kind && kind != FigureKind.DronesDowned)
            {
                continue;
            }

            if (figures.Exists(o => !o.Combined && o.Kind == kind && o.Value == f.Value))
            {
                figures.RemoveAt(i);
            }
            else
            {
                figures[i] = f with { Kind = kind, Combined = false };
            }
        }
    }

    /// <summary>Some drone count and the missile counts of the same action, stated apart, add up to <paramref name="value"/>.</summary>
    private static bool SplitStated(List<Figure> figures, long value)
    {
        foreach (var (drones, missiles) in new[] { (FigureKind.DronesLaunched, FigureKind.MissilesLaunched), (FigureKind.DronesDowned, FigureKind.MissilesDowned) })
        {
            long missileSum = 0;
            var anyMissile = false;
            foreach (var f in figures)
            {
                if (f.Kind == missiles && !f.Combined)
                {
                    missileSum += f.Value;
                    anyMissile = true;
                }
            }

            if (!anyMissile)
            {
                continue;
            }

            foreach (var d in figures)
            {
                if (d.Kind != drones || d.Combined)
                {
                    continue;
                }

                if (d.Value + missileSum == value)
                {
                    return true;
                }

                foreach (var m in figures)
                {
                    if (m.Kind == missiles && !m.Combined && d.Value + m.Value == value)
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }

    /// <summary>Prose ends with a full stop; a headline usually does not.</summary>
    private static bool EndsLikeProse(string text)
    {
        var end = text.AsSpan().TrimEnd(" \"'”»’)");
        return end.Length > 0 && end[^1] is '.' or '!' or '?' or '؟' or '。';
    }

    /// <summary>Whether the sentence's figures so far (from <paramref name="first"/>) are some, and none of <paramref name="kind"/>.</summary>
    private static bool OnlyOtherKinds(List<Figure> figures, int first, FigureKind kind)
    {
        for (var i = first; i < figures.Count; i++)
        {
            if (figures[i].Kind == kind)
            {
                return false;
            }
        }

        return figures.Count > first;
    }

    private static Figure ToFigure(Candidate c, TaggedSentence sentence)
    {
        var tokens = sentence.Tokens;
        var start = tokens[Math.Min(c.PhraseStart, c.Mention.QualifierStart)].Start;
        var end = tokens[Math.Max(c.PhraseEnd, c.Mention.End) - 1].End;
        return Figure.Create(c.Kind, c.Mention.Value, c.Mention.Qualifier, c.Scope, sentence.Text, sentence.Offset + start, end - start, c.Combined) with
        {
            EvidenceOffset = start,
            Additional = c.Added || sentence.EndingAt(c.Mention.QualifierStart) is { Tag: Tag.Others },
            Vague = c.Mention.Vague,
        };
    }
}
