using System.Text.Json;
using Reports.Core.Analysis;
using Reports.Core.Figures;
using Reports.Core.Places;

namespace Reports.Core.Articles;

/// <summary>
/// The time of day a toll's sentence gives its event (docs/aggregation.md, "Twentieth session"), as a set of hours of
/// the 24-hour clock (bit h set: the event may have taken place in hour h; 0: the sentence says nothing). Two strikes on
/// one city on one day are two events when their tolls' times clearly differ ("вранці … загинули двоє", "о 22:35 …
/// поранені п'ятеро"); an unknown time never tells events apart. Read from the figure's own sentence, words from
/// <c>Articles/Data/times-of-day.json</c>:
/// <list type="bullet">
/// <item>a part of the day ("morning", "вночі", "sáng", "مساء", "am Abend"), each a span of hours that overlaps its
/// neighbours (evening 17–23 meets night 22–4; "dawn" 2–7 meets both night and morning);</item>
/// <item>a clock time ("21:30", "21h30", "pukul 08.15", "um 7.15 Uhr", "3 a.m."): its hour, give or take one; a clock
/// opening its sentence is a live blog's stamp (when the post was filed), not the event's time;</item>
/// <item>not a time of the report: a time right after "as of", "by", "станом на", "hingga", … or right before "report",
/// "зведення", … ("as of 9 a.m.", "by the morning", "according to the morning report"), or at most six words after a
/// word of saying ("the governor said on Friday evening"), is left out.</item>
/// </list>
/// When the figure's place in its sentence is known, the time nearest its phrase is its time; else (a figure read back
/// from storage) every time the sentence states, together.
/// </summary>
public sealed partial class DayTimes
{
    private const string Resource = "Reports.Core.Articles.Data.times-of-day.json";

    /// <summary>Hours either side of a clock time's hour that it still covers (a report's "around 10:20" is not to the minute).</summary>
    private const int ClockSpread = 1;

    /// <summary>How many words before a time a word of saying makes it the time it was said.</summary>
    private const int SaidReach = 6;

    /// <summary>How many words before a time a verb of a raised toll makes it the time the toll was raised.</summary>
    private const int RisenReach = 10;

    private static readonly (string Name, int From, int To)[] Parts =
    [
        ("night", 22, 4), ("earlyHours", 2, 7), ("morning", 5, 11), ("midday", 11, 14), ("afternoon", 12, 17),
        ("day", 9, 17), ("evening", 17, 23), ("lateDay", 17, 4),
    ];

    private readonly Dictionary<string, Rules> languages;

    private DayTimes(Dictionary<string, Rules> languages) => this.languages = languages;

    public static DayTimes Default { get; } = Load();

    /// <summary>Whether two times are both known and share no hour: the events they date are not one.</summary>
    public static bool Differ(int a, int b) => a != 0 && b != 0 && (a & b) == 0;

    /// <summary>
    /// The figures with each toll's <see cref="Figure.Hours"/> resolved (0 when its sentence gives no time), as ingestion
    /// stores them beside the event day, so a briefing reads no sentence again; weapons tallies are left unresolved (their
    /// times are the night's span, never compared). The list itself when no figure changes.
    /// </summary>
    public IReadOnlyList<Figure> Stamp(IReadOnlyList<Figure> figures, string? language)
    {
        ArgumentNullException.ThrowIfNull(figures);
        Figure[]? stamped = null;
        for (var i = 0; i < figures.Count; i++)
        {
            var f = figures[i];
            if (f.Hours is not null || f.Kind is not (FigureKind.Killed or FigureKind.Injured or FigureKind.Casualties))
            {
                continue;
            }

            if (stamped is null)
            {
                stamped = new Figure[figures.Count];
                for (var k = 0; k < figures.Count; k++)
                {
                    stamped[k] = figures[k];
                }
            }

            stamped[i] = f with { Hours = Hours(f, language) };
        }

        return stamped is null ? figures : stamped;
    }

    /// <summary>How many sentences back a toll with no time of its own looks for one, in its paragraph.</summary>
    private const int EarlierReach = 2;

    /// <summary>
    /// The figures where a toll whose sentence gives no time takes the time of a sentence before it in its paragraph (at most <see cref="EarlierReach"/>
    /// back) with no figure of its own between (a weapons tally's night is another attack's: "Russland hat die Ukraine
    /// in der Nacht … mit mehr als 100 Drohnen angegriffen. … rund 90 davon abgeschossen. Bei einem Raketenangriff auf
    /// Saporischschja sind … 14 Menschen getötet worden"): "Уночі ворог атакував Харків ударними БпЛА. Влучання зафіксовано в
    /// Київському районі. Поранені 3 людини" is the night's, not a toll of unknown time that a 15:40 strike on the city
    /// takes. Read where the text is at hand (the analyser); the list itself when no figure changes.
    /// </summary>
    public IReadOnlyList<Figure> StampWithEarlier(string text, IReadOnlyList<Sentence> sentences, IReadOnlyList<Figure> figures, string? language)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(sentences);
        ArgumentNullException.ThrowIfNull(figures);
        if (!languages.ContainsKey(language ?? ""))
        {
            return figures;
        }

        Figure[]? stamped = null;
        var (readAt, read) = (-1, 0);
        for (var i = 0; i < figures.Count; i++)
        {
            var f = figures[i];
            if (f.Hours is not null || f.Kind is not (FigureKind.Killed or FigureKind.Injured or FigureKind.Casualties))
            {
                continue;
            }

            // Only a toll that takes an earlier sentence's time is stamped here (no copy for most articles); the others
            // are stamped from their own sentence as before (Stamp, or the briefing).
            if (Hours(f, language) != 0)
            {
                continue;
            }

            // The sentences before are read once for the tolls of one sentence ("killed two and injured five").
            var at = SentenceAt(sentences, f.Offset);
            if (at != readAt)
            {
                (readAt, read) = (at, Earlier(text, sentences, figures, at, language));
            }

            if (read is not (> 0 and var hours))
            {
                continue;
            }

            stamped ??= [.. figures];
            stamped[i] = f with { Hours = hours };
        }

        return stamped is null ? figures : stamped;
    }

    /// <summary>The hours a sentence before sentence <paramref name="at"/> states (see <see cref="StampWithEarlier"/>); 0 when none.</summary>
    private int Earlier(string text, IReadOnlyList<Sentence> sentences, IReadOnlyList<Figure> figures, int at, string? language)
    {
        for (var back = 1; back <= EarlierReach && at - back >= 0; back++)
        {
            var before = sentences[at - back];
            var gapStart = before.End;
            var next = sentences[at - back + 1].Offset;
            if (next > gapStart && text.AsSpan(gapStart, next - gapStart).Contains('\n'))
            {
                return 0;
            }

            foreach (var other in figures)
            {
                if (other.Offset >= before.Offset && other.Offset < before.End)
                {
                    return 0;
                }
            }

            var hours = Hours(before.Text, language);
            if (hours != 0)
            {
                return hours;
            }
        }

        return 0;
    }

    /// <summary>The index of the last sentence starting at or before <paramref name="offset"/>, -1 when none.</summary>
    private static int SentenceAt(IReadOnlyList<Sentence> sentences, int offset)
    {
        var at = -1;
        for (var k = 0; k < sentences.Count && sentences[k].Offset <= offset; k++)
        {
            at = k;
        }

        return at;
    }

    /// <summary>The hours of the figure's event its sentence states (see the class); 0 when it states none.</summary>
    public int Hours(Figure figure, string? language)
    {
        ArgumentNullException.ThrowIfNull(figure);
        if (figure.EvidenceOffset >= 0)
        {
            return Hours(figure.Evidence, language, figure.EvidenceOffset, figure.Length);
        }

        // A stored sentence is one string for all its figures ("killed two and injured ten"): read once.
        var last = lastRead;
        if (last is not null && ReferenceEquals(last.Value.Evidence, figure.Evidence) && last.Value.Language == language)
        {
            return last.Value.Hours;
        }

        var hours = Hours(figure.Evidence, language);
        lastRead = (figure.Evidence, language, hours);
        return hours;
    }

    // The last stored sentence read on this thread, with its hours.
    [ThreadStatic]
    private static (string Evidence, string? Language, int Hours)? lastRead;

    /// <summary>
    /// The hours the sentence states for a phrase at <paramref name="offset"/> (<paramref name="length"/> long): the time
    /// nearest it; every time of the sentence together when <paramref name="offset"/> is negative; 0 when none.
    /// </summary>
    public int Hours(string evidence, string? language, int offset = -1, int length = 0)
    {
        if (string.IsNullOrEmpty(evidence) || !languages.TryGetValue(language ?? "", out var rules) || !MayHold(evidence, rules))
        {
            return 0;
        }

        // The sentence's words and their folds are read into the thread's buffers (no string per word), and its times
        // are kept for the next call about the same sentence (a sentence's tolls are stamped one after the other).
        var read = SentenceTimes.Read(evidence, rules);
        var spans = read.Spans;
        var times = read.Times;
        if (times.Count == 0)
        {
            return 0;
        }

        if (offset < 0)
        {
            var all = 0;
            foreach (var t in times)
            {
                all |= t.Hours;
            }

            return all;
        }

        // The nearest to the figure's phrase; a time before it wins a tie ("at 21:30 a drone hit …, injuring four"). A time
        // in the phrase's own clause (no clause break between them) comes first, then one before it across a break, then
        // one after it across a break, which is most often the next clause's: "Am Morgen wurden … drei Menschen getötet,
        // am Abend wurden … zwei Menschen getötet" (the three are the morning's, though "am Abend" is nearer them).
        var end = offset + Math.Max(length, 0);
        var best = 0;
        var rank = int.MaxValue;
        var distance = int.MaxValue;
        foreach (var t in times)
        {
            var (d, r) = t.End <= offset ? (offset - t.End, Crosses(evidence, t.End, offset) ? 1 : 0)
                : t.Start >= end ? (t.Start - end + 1, Crosses(evidence, end, t.Start) || JoinedBefore(evidence, spans, end, t.Start, language) ? 2 : 0)
                : (0, 0);
            if (r < rank || (r == rank && d < distance))
            {
                (best, rank, distance) = (t.Hours, r, d);
            }
        }

        return best;
    }

    /// <summary>
    /// Whether the word right before a time after the figure's phrase (from <paramref name="from"/> to <paramref name="to"/>)
    /// joins a new clause ("… سه نفر کشته شدند و عصر …", "three killed and at 22:00 …"): the time is that clause's.
    /// </summary>
    private static bool JoinedBefore(string text, List<(int Offset, int Length)> spans, int from, int to, string? language)
    {
        for (var i = spans.Count - 1; i >= 0; i--)
        {
            var (offset, length) = spans[i];
            if (offset + length <= to)
            {
                return offset >= from && Gazetteer.Default.IsJoin(text.AsSpan(offset, length), language);
            }
        }

        return false;
    }

    /// <summary>Marks that end a clause or a list item (as for places, <c>FigurePlaces</c>); not dashes.</summary>
    private static readonly System.Buffers.SearchValues<char> ClauseBreaks = System.Buffers.SearchValues.Create(",;:()[]\"“”«»،؛");

    /// <summary>Whether a clause break stands in the text from <paramref name="from"/> to <paramref name="to"/>.</summary>
    private static bool Crosses(string text, int from, int to) =>
        to > from && from >= 0 && to <= text.Length && text.AsSpan(from, to - from).IndexOfAny(ClauseBreaks) >= 0;

    /// <summary>
    /// Whether the sentence may state a time: one pass over its characters, with no allocation, that looks each word
    /// up among the longest words of the language's phrases and checks each number for a clock's form ("21:30", "08.15",
    /// "21h30", "3 a.m."). Most tolls' sentences state none, and a briefing reads every toll's sentence.
    /// </summary>
    private static bool MayHold(string text, Rules rules)
    {
        Span<char> folded = stackalloc char[64];
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var inWord = i < text.Length && (Gazetteer.Classify(text[i]) & Gazetteer.WordChar) != 0;
            if (inWord)
            {
                start = start < 0 ? i : start;
                continue;
            }

            if (start < 0)
            {
                continue;
            }

            var word = text.AsSpan(start, i - start);
            start = -1;
            if (char.IsDigit(word[0]))
            {
                // "21h30", "3am"; "21:30", "08.15"; "3 a.m.", "3 pm".
                foreach (var c in word)
                {
                    if (char.IsLetter(c))
                    {
                        return true;
                    }
                }

                if (i + 1 < text.Length && text[i] is ':' or '.' && char.IsDigit(text[i + 1]))
                {
                    return true;
                }

                if (i + 2 < text.Length && text[i] == ' ' && text[i + 1] is 'a' or 'p' or 'A' or 'P' && text[i + 2] is '.' or 'm' or 'M')
                {
                    return true;
                }

                continue;
            }

            if (rules.MayBelong(word, folded))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The sentence's times of the event, in order: (first char, end char, hours).</summary>
    private static void Times(string text, List<(int Offset, int Length)> spans, SentenceWords words, Rules rules, List<(int Start, int End, int Hours)> times)
    {
        var found = new List<(int First, int Last, int Hours)>();
        for (var i = 0; i < words.Count;)
        {
            // Most words open no time: one look-up of the word's stems among the first words of the language's phrases.
            if (!char.IsDigit(words[i][0]) && !rules.MayOpen(words[i]))
            {
                i++;
                continue;
            }

            if (Match(words, i, rules.NotPhrases, exact: true, rules.MaxSuffix) is > 0 and var skip)
            {
                i += skip;
                continue;
            }

            if (Clock(text, spans, words, i, rules) is { Hours: > 0 } clock)
            {
                found.Add((clock.First, clock.Last, clock.Hours));
                i = clock.Last + 1;
                continue;
            }

            var longest = 0;
            var hours = 0;
            foreach (var (phrases, h) in rules.Parts)
            {
                if (Match(words, i, phrases, exact: false, rules.MaxSuffix) is var n && n > longest)
                {
                    (longest, hours) = (n, h);
                }
            }

            if (longest > 0)
            {
                found.Add((i, i + longest - 1, hours));
                i += longest;
                continue;
            }

            i++;
        }

        // Times side by side are one ("8 giờ sáng", "at 3 a.m. on Tuesday night"): the hours they share, else all of them.
        var merged = new List<(int First, int Last, int Hours)>();
        foreach (var t in found)
        {
            if (merged.Count > 0 && t.First - merged[^1].Last <= 2)
            {
                var last = merged[^1];
                var both = last.Hours & t.Hours;
                merged[^1] = (last.First, t.Last, both != 0 ? both : last.Hours | t.Hours);
            }
            else
            {
                merged.Add(t);
            }
        }

        foreach (var t in merged)
        {
            if (!Reported(words, t.First, t.Last, rules))
            {
                times.Add((spans[t.First].Offset, spans[t.Last].Offset + spans[t.Last].Length, t.Hours));
            }
        }
    }

    /// <summary>Whether one of <paramref name="phrases"/> starts among the <paramref name="reach"/> words before word <paramref name="first"/>.</summary>
    private static bool StartsWithin(SentenceWords words, int first, int reach, string[][] phrases)
    {
        for (var k = Math.Max(0, first - reach); k < first; k++)
        {
            if (Match(words, k, phrases, exact: true, 0) > 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the time (words <paramref name="first"/>..<paramref name="last"/>) is the report's: a <c>reportBefore</c>
    /// phrase ends right before it (one word of at most four letters may stand between: "by the morning", "as of this
    /// morning"), a <c>reportAfter</c> word follows it, or a <c>reportTimes</c> phrase covers it.
    /// </summary>
    private static bool Reported(SentenceWords words, int first, int last, Rules rules)
    {
        if (last + 1 < words.Count && Match(words, last + 1, rules.ReportAfter, exact: false, rules.MaxSuffix) > 0)
        {
            return true;
        }

        // "the governor said on Friday evening", "kata gubernur setempat pada Jumat malam": when it was said.
        // "Le bilan … s'est alourdi à cinq morts et 13 blessés lundi soir", "the toll rose to five on Monday evening": the
        // time after a raised toll is when it was raised, not when the strike took place.
        if (StartsWithin(words, first, SaidReach, rules.ReportVerbs) || StartsWithin(words, first, RisenReach, rules.RisenVerbs))
        {
            return true;
        }

        foreach (var phrase in rules.ReportBefore)
        {
            for (var gap = 0; gap <= 1; gap++)
            {
                var start = first - gap - phrase.Length;
                if (start < 0 || (gap == 1 && (words[first - 1].Length > 4 || char.IsDigit(words[first - 1][0]))))
                {
                    continue;
                }

                if (Starts(words, start, phrase, exact: true, 0))
                {
                    return true;
                }
            }
        }

        foreach (var phrase in rules.ReportTimes)
        {
            for (var start = Math.Max(0, first - phrase.Length + 1); start <= last && start + phrase.Length <= words.Count; start++)
            {
                if (Starts(words, start, phrase, exact: false, rules.MaxSuffix))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>A clock time starting at word <paramref name="i"/>: its first and last words and hours; Hours 0 when none.</summary>
    private static (int First, int Last, int Hours) Clock(string text, List<(int Offset, int Length)> spans, SentenceWords words, int i, Rules rules)
    {
        var w = words[i];

        // "21h30", "7h", "3am": one word.
        if (w.Length >= 2 && char.IsDigit(w[0]))
        {
            var digits = 0;
            while (digits < w.Length && char.IsDigit(w[digits]))
            {
                digits++;
            }

            if (digits <= 2 && digits < w.Length && Number(w[..digits]) is var h and >= 0 and < 24)
            {
                var rest = w[digits..];
                if (rest[0] == 'h' && (rest.Length == 1 || (rest.Length == 3 && char.IsDigit(rest[1]) && char.IsDigit(rest[2]))))
                {
                    return Stamp(i, spans, text) ? default : (i, i, Around(h));
                }

                if (rules.Am.Length + rules.Pm.Length > 0 && h is >= 1 and <= 12 && rest.Length == 2 && rest[1] == 'm' && rest[0] is 'a' or 'p')
                {
                    return (i, i, Around(rest[0] == 'p' ? (h % 12) + 12 : h % 12));
                }
            }
        }

        var hour = w.Length <= 2 && AllDigits(w) ? Number(w) : -1;
        if (hour is < 0 or >= 24)
        {
            return default;
        }

        // "15:20 GMT – A missile struck …": the minutes of a clock (here a live blog's stamp, left out) are no hour of
        // their own before "GMT", "Uhr".
        if (i > 0 && spans[i].Offset == spans[i - 1].Offset + spans[i - 1].Length + 1 && text[spans[i].Offset - 1] is ':' or '.' && AllDigits(words[i - 1]))
        {
            return default;
        }

        var first = i;
        var last = i;

        // "21:30", "08.15": minutes right after the hour.
        var colon = false;
        var dot = false;
        if (i + 1 < words.Count && words[i + 1].Length == 2 && AllDigits(words[i + 1]) && spans[i + 1].Offset == spans[i].Offset + spans[i].Length + 1)
        {
            var between = text[spans[i].Offset + spans[i].Length];
            colon = between == ':';
            dot = between == '.';
            last = colon || dot ? i + 1 : i;
        }

        var before = 0;
        foreach (var phrase in rules.ClockBefore)
        {
            if (i - phrase.Length >= 0 && Starts(words, i - phrase.Length, phrase, exact: true, 0))
            {
                before = Math.Max(before, phrase.Length);
            }
        }

        var after = last + 1 < words.Count ? Match(words, last + 1, rules.ClockAfter, exact: true, 0) : 0;
        if (after > 0 && rules.ClockPrep.Length > 0)
        {
            var prep = false;
            foreach (var phrase in rules.ClockPrep)
            {
                prep |= i - phrase.Length >= 0 && Starts(words, i - phrase.Length, phrase, exact: true, 0);
            }

            after = prep ? after : 0;
        }

        var am = last + 1 < words.Count ? Match(words, last + 1, rules.Am, exact: true, 0) : 0;
        var pm = last + 1 < words.Count ? Match(words, last + 1, rules.Pm, exact: true, 0) : 0;
        if (pm > 0 && hour is >= 1 and <= 12)
        {
            return (i, last + pm, Around((hour % 12) + 12));
        }

        if (am > 0 && hour is >= 1 and <= 12)
        {
            return (i, last + am, Around(hour % 12));
        }

        if (!colon && before == 0 && after == 0)
        {
            return default;
        }

        first = i - before;
        last += after;
        return colon && before == 0 && Stamp(i, spans, text) ? default : (first, last, Around(hour));
    }

    /// <summary>A clock opening its sentence ("08:15 WIB: …", "14:20 — …"): the live blog's stamp, not the event's time.</summary>
    private static bool Stamp(int i, List<(int Offset, int Length)> spans, string text) => i == 0 && spans[0].Offset < 3 && text.Length > 0;

    private static int Around(int hour)
    {
        var hours = 0;
        for (var d = -ClockSpread; d <= ClockSpread; d++)
        {
            hours |= 1 << (((hour + d) % 24 + 24) % 24);
        }

        return hours;
    }

    private static int Span(int from, int to)
    {
        var hours = 0;
        for (var h = from; ; h = (h + 1) % 24)
        {
            hours |= 1 << h;
            if (h == to)
            {
                return hours;
            }
        }
    }

    private static bool AllDigits(ReadOnlySpan<char> w)
    {
        foreach (var c in w)
        {
            if (!char.IsDigit(c))
            {
                return false;
            }
        }

        return w.Length > 0;
    }

    private static int Number(ReadOnlySpan<char> digits)
    {
        var n = 0;
        foreach (var c in digits)
        {
            if (!char.IsDigit(c))
            {
                return -1;
            }

            n = (n * 10) + (int)char.GetNumericValue(c);
        }

        return n;
    }

    /// <summary>The length in words of the longest of <paramref name="phrases"/> starting at word <paramref name="i"/>; 0 when none.</summary>
    private static int Match(SentenceWords words, int i, string[][] phrases, bool exact, int maxSuffix)
    {
        var longest = 0;
        foreach (var phrase in phrases)
        {
            if (phrase.Length > longest && Starts(words, i, phrase, exact, maxSuffix))
            {
                longest = phrase.Length;
            }
        }

        return longest;
    }

    /// <summary>Whether the phrase's words start at word <paramref name="i"/> (each a stem with at most <paramref name="maxSuffix"/> letters more, or exactly).</summary>
    private static bool Starts(SentenceWords words, int i, string[] phrase, bool exact, int maxSuffix)
    {
        if (phrase.Length == 0 || i < 0 || i + phrase.Length > words.Count)
        {
            return false;
        }

        for (var k = 0; k < phrase.Length; k++)
        {
            var w = words[i + k];
            if (exact || k < phrase.Length - 1 ? !w.SequenceEqual(phrase[k])
                : !w.StartsWith(phrase[k], StringComparison.Ordinal) || w.Length - phrase[k].Length > maxSuffix)
            {
                return false;
            }
        }

        return true;
    }

    private static DayTimes Load()
    {
        using var stream = typeof(DayTimes).Assembly.GetManifestResourceStream(Resource)
            ?? throw new InvalidOperationException($"Embedded resource {Resource} is missing.");
        using var doc = JsonDocument.Parse(stream);
        var languages = new Dictionary<string, Rules>(StringComparer.OrdinalIgnoreCase);
        foreach (var lang in doc.RootElement.GetProperty("languages").EnumerateObject())
        {
            string[][] Phrases(string name) => lang.Value.TryGetProperty(name, out var list)
                ? [.. list.EnumerateArray().Select(x => Split(x.GetString()!)).Where(p => p.Length > 0)]
                : [];
            var parts = Parts
                .Select(p => (Phrases(p.Name), Span(p.From, p.To)))
                .Where(p => p.Item1.Length > 0)
                .ToArray();
            languages[lang.Name] = new Rules(lang.Value.GetProperty("maxSuffix").GetInt32(), parts)
            {
                Am = Phrases("am"), Pm = Phrases("pm"), ClockBefore = Phrases("clockBefore"), ClockAfter = Phrases("clockAfter"),
                ClockPrep = Phrases("clockPrep"), ReportBefore = Phrases("reportBefore"), ReportAfter = Phrases("reportAfter"),
                ReportTimes = Phrases("reportTimes"), ReportVerbs = Phrases("reportVerbs"), RisenVerbs = Phrases("risenVerbs"), NotPhrases = Phrases("notPhrases"),
            }.Indexed();
        }

        return new DayTimes(languages);
    }

    private static string[] Split(string phrase) =>
        [.. Gazetteer.Words(phrase).Select(w => TextFold.Fold(phrase.AsSpan(w.Offset, w.Length)))];

    private sealed record Rules(int MaxSuffix, (string[][] Phrases, int Hours)[] Parts)
    {
        private HashSet<string>.AlternateLookup<ReadOnlySpan<char>> openers;
        private HashSet<string>.AlternateLookup<ReadOnlySpan<char>> keys;

        /// <summary>
        /// Indexes the phrases of the parts of the day, of the phrases not to read as one, and of the clock's words
        /// ("pukul", "Uhr"): their first words (where a match can start) and their longest words (one of which a sentence
        /// must hold to hold the phrase: "la mañana" needs "mañana", not just "la"). Call once, after the lists are set.
        /// </summary>
        public Rules Indexed()
        {
            var first = new HashSet<string>(StringComparer.Ordinal);
            var longest = new HashSet<string>(StringComparer.Ordinal);
            void Add(string[] p)
            {
                first.Add(p[0]);
                var key = p[0];
                foreach (var w in p)
                {
                    key = w.Length > key.Length ? w : key;
                }

                longest.Add(key);
            }

            foreach (var (phrases, _) in Parts)
            {
                foreach (var p in phrases)
                {
                    Add(p);
                }
            }

            foreach (var list in new[] { NotPhrases, ClockBefore, ClockAfter })
            {
                foreach (var p in list)
                {
                    Add(p);
                }
            }

            openers = first.GetAlternateLookup<ReadOnlySpan<char>>();
            keys = longest.GetAlternateLookup<ReadOnlySpan<char>>();
            return this;
        }

        /// <summary>Whether the folded word is, or starts with (within the suffix allowance), the first word of one of those phrases.</summary>
        public bool MayOpen(ReadOnlySpan<char> word) => Holds(openers, word);

        /// <summary>Whether a word of the text, folded into <paramref name="buffer"/>, is (within the suffix allowance) the longest word of one of those phrases.</summary>
        public bool MayBelong(ReadOnlySpan<char> word, Span<char> buffer)
        {
            if (word.Length > buffer.Length)
            {
                return false;
            }

            var n = TextFold.FoldInto(word, buffer);
            return Holds(keys, buffer[..n]);
        }

        private bool Holds(HashSet<string>.AlternateLookup<ReadOnlySpan<char>> set, ReadOnlySpan<char> word)
        {
            for (var n = Math.Max(1, word.Length - MaxSuffix); n <= word.Length; n++)
            {
                if (set.Contains(word[..n]))
                {
                    return true;
                }
            }

            return false;
        }

        public string[][] Am { get; init; } = [];

        public string[][] Pm { get; init; } = [];

        public string[][] ClockBefore { get; init; } = [];

        public string[][] ClockAfter { get; init; } = [];

        public string[][] ClockPrep { get; init; } = [];

        public string[][] ReportBefore { get; init; } = [];

        public string[][] ReportAfter { get; init; } = [];

        public string[][] ReportTimes { get; init; } = [];

        public string[][] ReportVerbs { get; init; } = [];

        public string[][] RisenVerbs { get; init; } = [];

        public string[][] NotPhrases { get; init; } = [];
    }
}
