using System.Text.Json;
using Reports.Core.Figures;
using Reports.Core.Places;

namespace Reports.Core.Articles;

/// <summary>
/// The day a figure's event took place, read from the sentence that states it and the article's publication day
/// (docs/aggregation.md, "Event dates"), in this order:
/// <list type="number">
/// <item>a date before the publication day that the sentence states ("on the night of August 28", "28/8",
/// "۲۲ اردیبهشت"), read by the <see cref="DatelineDetector"/> with the publication day as reference (the publication day
/// itself counts only when it closes a night that began the day before); a date after the publication day is not the
/// event's (a deadline, a forecast) and is ignored, and so is a date 330 days or more before it (a coming date stated
/// without a year);</item>
/// <item>a phrase that sets the figure's clause a day before the news it follows, standing before the figure's number
/// ("The attack came <i>a day after</i> strikes killed four": the four were killed the day before) — only when the
/// figure's place in its sentence is known;</item>
/// <item>a word for an earlier day ("yesterday", "вчора", "kemarin", "the previous day") or a weekday ("on Tuesday": the
/// latest such day not after the publication day), words from <c>Articles/Data/event-dates.json</c>;</item>
/// <item>else the publication day: an overnight attack belongs to the morning it is reported for.</item>
/// </list>
/// </summary>
public sealed class EventDates
{
    private const string Resource = "Reports.Core.Articles.Data.event-dates.json";

    /// <summary>
    /// A date without a year is placed in the latest year that does not put it after the publication day, so a coming
    /// date ("by August 30") lands almost a year back: stated dates this many days or more before publication are not
    /// taken as the event's.
    /// </summary>
    private const int WrappedYear = 330;

    /// <summary>The article's own dateline can open its first sentence ("date 2025-03-27 Drones hit …"): the
    /// publication day stated this close to the start is the dateline, not an event date.</summary>
    private const int DatelineLead = 12;

    private readonly Dictionary<string, Rules> languages;

    private EventDates(Dictionary<string, Rules> languages) => this.languages = languages;

    public static EventDates Default { get; } = Load();

    /// <summary>
    /// The figures with their <see cref="Figure.EventDate"/> resolved against <paramref name="published"/> (the day the
    /// article is filed under); a sentence shared by several figures is read once. Stored analyses keep the result, so
    /// a report does not read the sentences again.
    /// </summary>
    public IReadOnlyList<Figure> Date(IReadOnlyList<Figure> figures, string language, DateOnly published, string? headline = null)
    {
        ArgumentNullException.ThrowIfNull(figures);
        var seen = new Dictionary<string, (DateOnly Day, string Basis)>(StringComparer.Ordinal);
        (DateOnly Day, string Basis)? news = null;
        var dated = new Figure[figures.Count];
        for (var i = 0; i < figures.Count; i++)
        {
            var f = figures[i];
            if (!seen.TryGetValue(f.Evidence, out var date))
            {
                date = Resolve(f.Evidence, language, published);
                seen[f.Evidence] = date;
            }

            if (date.Basis is not "stated" && Preceding(f, language, published) is { } earlier)
            {
                date = earlier;
            }

            if (date.Basis == "publication" && headline is not null && (news ??= NewsDay(headline, language, published)) is { Basis: not "publication" } day)
            {
                // "The Houthis fired a barrage of drones and missiles … on Tuesday": a figure its sentence does not date
                // belongs to the news day the headline names.
                date = (day.Day, "headline");
            }

            dated[i] = f with { EventDate = date.Day, EventDateBasis = date.Basis };
        }

        return dated;
    }

    /// <summary>How many days before publication a headline's day can be the article's news day (not background).</summary>
    private const int NewsDayReach = 2;

    /// <summary>The day the headline names, when it is at most <see cref="NewsDayReach"/> days before publication.</summary>
    private (DateOnly Day, string Basis) NewsDay(string headline, string language, DateOnly published)
    {
        var day = Resolve(headline, language, published);
        return day.Day >= published.AddDays(-NewsDayReach) ? day : (published, "publication");
    }

    /// <summary>The event day and how it was found: "stated", "relative", "weekday" or "publication".</summary>
    public (DateOnly Day, string Basis) Resolve(string evidence, string language, DateOnly published)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        // A date stated in the sentence: the publication day itself says nothing (a dateline, "as of this morning"),
        // unless it closes a night that began the day before ("from 23:00 on the 27th to 07:00 on the 28th" is the
        // night of the 28th's morning); otherwise the latest earlier date wins.
        var stated = DatelineDetector.Default.FindAll(evidence, published)
            .Where(d => !(d.Index < DatelineLead && d.Date == published && !NightBefore(evidence, d.Index, language)))
            .Select(d => d.Date)
            .Where(d => d <= published && d > published.AddDays(-WrappedYear))
            .ToHashSet();
        if (stated.Contains(published) && stated.Contains(published.AddDays(-1)))
        {
            return (published, "stated");
        }

        stated.Remove(published);
        if (stated.Count > 0)
        {
            return (stated.Max(), "stated");
        }

        if (!languages.TryGetValue(language ?? "", out var rules))
        {
            return (published, "publication");
        }

        var spans = Gazetteer.Words(evidence);
        var words = spans.ConvertAll(w => TextFold.Fold(evidence.AsSpan(w.Offset, w.Length)));
        if (MonthOnly(evidence, spans, words, rules, published) is { } month)
        {
            return (month, "stated");
        }

        foreach (var (days, stems) in rules.DaysBefore)
        {
            if (stems.Any(s => Contains(words, s, rules)))
            {
                return (published.AddDays(-days), "relative");
            }
        }

        // "la noche del sábado al domingo", "dans la nuit de samedi à dimanche": of several weekdays in a night's sentence
        // the latest wins (a night belongs to the morning it ends in); otherwise the earliest, since the later one is
        // most often the day of the statement ("the toll from Tuesday's strikes rose to 21, officials said on Wednesday").
        // A span between two clocks that crosses midnight ("between 18:00 on Sunday and 08:00 on Monday") is a night too.
        bool? night = rules.NightOf.Any(n => n.Length > 0 && Contains(words, n, rules)) ? true : null;
        var latest = -1;
        for (var d = 0; d < rules.Weekdays.Length; d++)
        {
            if (rules.Weekdays[d].Any(s => Contains(words, s, rules)))
            {
                var weekday = (DayOfWeek)((d + 1) % 7);
                var back = ((int)published.DayOfWeek - (int)weekday + 7) % 7;
                latest = latest < 0 ? back : (night ??= DayTimes.Default.SpansNight(evidence, language)) ? Math.Min(latest, back) : Math.Max(latest, back);
            }
        }

        // "early Sunday local time" in a report filed on Saturday by the outlet's own clock (a US wire on Kyiv's night): a
        // weekday told in the place's local time is the day after publication when it names that day, not the week before.
        if (latest == NextDayBack && rules.LocalTime.Any(l => l.Length > 0 && Contains(words, l, rules)))
        {
            return (published.AddDays(1), "weekday");
        }

        return latest >= 0 ? (published.AddDays(-latest), "weekday") : (published, "publication");
    }

    /// <summary>How many days back the weekday after the publication's lies (the same weekday a week on).</summary>
    private const int NextDayBack = 6;

    /// <summary>
    /// "In May, a missile strike on Odesa killed eight people", "Hồi tháng 5, một cuộc tấn công …", "im April", "у травні":
    /// a month named with no day after a <c>monthIn</c> phrase (or a number 1–12 after one that ends with a <c>monthNouns</c>
    /// word: "hồi tháng 5") puts the figure in that month — its first day, in the latest year that does not put it after
    /// publication. The publication's own month says nothing (null), nor does a month followed by a day (a full date, read
    /// by the <see cref="DatelineDetector"/>) or one that lands <see cref="WrappedYear"/> days or more back.
    /// </summary>
    private static DateOnly? MonthOnly(string evidence, List<(int Offset, int Length)> spans, List<string> words, Rules rules, DateOnly published)
    {
        foreach (var phrase in rules.MonthIn)
        {
            for (var i = 0; i + phrase.Length < words.Count; i++)
            {
                if (phrase.Length == 0 || !Contains(words.GetRange(i, phrase.Length), phrase, rules))
                {
                    continue;
                }

                var next = i + phrase.Length;
                var written = evidence.Substring(spans[next].Offset, spans[next].Length);
                // A language whose month names change after "in" ("у квітні", "в апреле") lists those forms (data <c>months</c>).
                var month = rules.Months.Count > 0 ? rules.Months.GetValueOrDefault(words[next]) : DatelineDetector.Default.MonthNamed(written, commonWordsToo: true) ?? 0;
                if (month == 0 && rules.MonthNouns.Contains(phrase[^1]) && int.TryParse(written, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var number) && number is >= 1 and <= 12)
                {
                    month = number;
                }

                // "en Jan Yunis": an abbreviation is no month here, nor a name a capitalised word continues.
                var after = next + 1 < words.Count ? words[next + 1] : "";
                var continued = next + 1 < words.Count && char.IsUpper(evidence[spans[next + 1].Offset]) && spans[next + 1].Offset - (spans[next].Offset + spans[next].Length) == 1;
                if (month == 0 || (after.Length is 1 or 2 && after.All(char.IsAsciiDigit)) || continued ||
                    (written.Length < 4 && !char.IsAsciiDigit(written[0]) && !DatelineDetector.Default.ShortFullName(written)))
                {
                    continue;
                }

                var year = after.Length == 4 && after.All(char.IsAsciiDigit) ? int.Parse(after, System.Globalization.CultureInfo.InvariantCulture)
                    : month > published.Month ? published.Year - 1 : published.Year;
                if (year < 1 || (year == published.Year && month == published.Month))
                {
                    continue;
                }

                var day = new DateOnly(year, month, 1);
                if (day <= published && day > published.AddDays(-WrappedYear))
                {
                    return day;
                }
            }
        }

        return null;
    }

    /// <summary>
    /// The day set by a phrase before the figure's number in its sentence ("came a day after … killed four"), or null
    /// when none stands there or the figure's place in its sentence is unknown (a figure read back from storage).
    /// </summary>
    public (DateOnly Day, string Basis)? Preceding(Figure figure, string language, DateOnly published)
    {
        ArgumentNullException.ThrowIfNull(figure);
        if (figure.EvidenceOffset < 0 || !languages.TryGetValue(language ?? "", out var rules) || rules.BeforeFigure.Length == 0)
        {
            return null;
        }

        var before = figure.Evidence[..Math.Min(figure.EvidenceOffset, figure.Evidence.Length)];
        var words = Gazetteer.Words(before).ConvertAll(w => TextFold.Fold(before.AsSpan(w.Offset, w.Length)));
        foreach (var (days, stems) in rules.BeforeFigure)
        {
            if (stems.Any(s => Contains(words, s, rules)))
            {
                return (published.AddDays(-days), "relative");
            }
        }

        return null;
    }

    /// <summary>How many words may stand between an <c>earlierFigure</c> phrase and the number it marks ("le précédent bilan faisait état de 18").</summary>
    private const int EarlierReach = 3;

    /// <summary>
    /// Whether the figure's sentence marks its number as an earlier count that a later one replaces ("la cifra inicial de
    /// ocho", "сім людей, а не вісім", "down from eight"): an <c>earlierFigure</c> phrase ends at most
    /// <see cref="EarlierReach"/> words before the number. False when the figure's place in its sentence is unknown.
    /// </summary>
    public bool Earlier(Figure figure, string language)
    {
        ArgumentNullException.ThrowIfNull(figure);
        if (figure.EvidenceOffset <= 0 || !languages.TryGetValue(language ?? "", out var rules) || rules.EarlierFigure.Length == 0)
        {
            return false;
        }

        var before = figure.Evidence[..Math.Min(figure.EvidenceOffset, figure.Evidence.Length)];
        var words = Gazetteer.Words(before).ConvertAll(w => TextFold.Fold(before.AsSpan(w.Offset, w.Length)));
        foreach (var phrase in rules.EarlierFigure)
        {
            for (var end = words.Count; end >= Math.Max(phrase.Length, words.Count - EarlierReach); end--)
            {
                if (phrase.Length > 0 && Contains(words.GetRange(end - phrase.Length, phrase.Length), phrase, rules))
                {
                    // "revised down from 12 to 9": another number between the phrase and this one is the replaced count.
                    return !words.Skip(end).Any(w => w.Any(char.IsDigit));
                }
            }
        }

        return false;
    }

    /// <summary>How many words may stand between the end of a figure's phrase and an <c>earlierFigure</c> phrase after it.</summary>
    private const int ReplacedReach = 2;

    /// <summary>
    /// The count a correction right after the figure's phrase says it replaces ("загинули двоє людей, а не троє", "murieron
    /// dos personas, y no tres", "deux morts et non trois"): an <c>earlierFigure</c> phrase at most <see cref="ReplacedReach"/>
    /// words after the phrase, then a number (digits, or a number word of the language). 0 when there is none, or when the
    /// figure's place in its sentence is unknown.
    /// </summary>
    public long Replaced(Figure figure, string language)
    {
        ArgumentNullException.ThrowIfNull(figure);
        if (figure.EvidenceOffset < 0 || !languages.TryGetValue(language ?? "", out var rules) || rules.EarlierFigure.Length == 0)
        {
            return 0;
        }

        var from = Math.Min(figure.EvidenceOffset + figure.Length, figure.Evidence.Length);
        var after = figure.Evidence[from..];
        var spans = Gazetteer.Words(after);
        var words = spans.ConvertAll(w => TextFold.Fold(after.AsSpan(w.Offset, w.Length)));
        for (var start = 0; start <= Math.Min(ReplacedReach, words.Count - 1); start++)
        {
            foreach (var phrase in rules.EarlierFigure)
            {
                var next = start + phrase.Length;
                if (phrase.Length == 0 || next >= words.Count || !Contains(words.GetRange(start, phrase.Length), phrase, rules))
                {
                    continue;
                }

                var word = after.Substring(spans[next].Offset, spans[next].Length);
                if (long.TryParse(word, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var digits))
                {
                    return digits;
                }

                var numbers = Languages.LanguageCatalog.Default.Find(language!)?.Numbers.Words;
                if (numbers is not null && (numbers.TryGetValue(word.ToLowerInvariant(), out var value) || numbers.TryGetValue(words[next], out value)))
                {
                    return value;
                }
            }
        }

        return 0;
    }

    /// <summary>Whether the sentence says a toll rose ("ist auf vier gestiegen", "зросла до", "has risen to").</summary>
    public bool Risen(string evidence, string language) => Says(evidence, language, static r => r.Risen);

    /// <summary>
    /// Whether the sentence says its toll counts the past day ("за минулу добу", "over the past 24 hours", "dalam 24 jam
    /// terakhir"): a region's tally filed the morning after the day it counts.
    /// </summary>
    public bool PastDay(string evidence, string language) => Says(evidence, language, static r => r.PastDay);

    /// <summary>
    /// Whether the sentence says its toll is another attack's ("In a separate attack, four villagers were killed",
    /// "در حمله‌ای دیگر", "в результате другого удара"): not a part of the article's larger toll of the same place.
    /// </summary>
    public bool Separate(string evidence, string language) => Says(evidence, language, static r => r.Separate);

    /// <summary>
    /// Whether the sentence says its toll counts several attacks ("in the two attacks", "внаслідок двох ударів", "lors de
    /// deux frappes", "في الغارتين"): a day's sum of strikes that other reports may count apart, not one strike's toll.
    /// </summary>
    public bool SeveralAttacks(string evidence, string language) => Says(evidence, language, static r => r.SeveralAttacks);

    /// <summary>
    /// Whether the text says its toll counts the past day as a day gone by ("минулої доби", "за прошедшие сутки", "over
    /// the past day", "dernière journée"), not a window of 24 hours that ends with the report ("in the past 24 hours"):
    /// a region's morning bulletin of the day before.
    /// </summary>
    public bool PreviousDay(string text, string language) => Says(text, language, static r => r.PreviousDay);

    private bool Says(string evidence, string language, Func<Rules, string[][]> phrases)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        if (!languages.TryGetValue(language ?? "", out var rules) || phrases(rules).Length == 0)
        {
            return false;
        }

        var words = Gazetteer.Words(evidence).ConvertAll(w => TextFold.Fold(evidence.AsSpan(w.Offset, w.Length)));
        return phrases(rules).Any(r => Contains(words, r, rules));
    }

    /// <summary>
    /// Whether a "night of" phrase ends right before the date at <paramref name="index"/> ("У ніч на 5 травня", "In der
    /// Nacht zum 5. Mai"): a date opening the sentence after such words is the night's morning, not a dateline.
    /// </summary>
    private bool NightBefore(string evidence, int index, string language)
    {
        if (!languages.TryGetValue(language ?? "", out var rules) || rules.NightOf.Length == 0)
        {
            return false;
        }

        var before = evidence[..Math.Min(index, evidence.Length)];
        var words = Gazetteer.Words(before).ConvertAll(w => TextFold.Fold(before.AsSpan(w.Offset, w.Length)));
        foreach (var phrase in rules.NightOf)
        {
            if (phrase.Length > 0 && words.Count >= phrase.Length && Contains(words.GetRange(words.Count - phrase.Length, phrase.Length), phrase, rules))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the words hold the phrase: each word starts with its stem and has at most the language's suffix allowance
    /// more, and is not one of the language's <c>notWords</c> (Ukrainian "четверо", four people, is not "четвер").
    /// </summary>
    private static bool Contains(List<string> words, string[] stem, Rules rules)
    {
        var maxSuffix = rules.MaxSuffix;
        for (var i = 0; i + stem.Length <= words.Count; i++)
        {
            var all = true;
            for (var k = 0; k < stem.Length && all; k++)
            {
                var w = words[i + k];
                all = w.StartsWith(stem[k], StringComparison.Ordinal) && w.Length - stem[k].Length <= maxSuffix
                    && (w.Length == stem[k].Length || !rules.NotWords.Contains(w));
            }

            if (all)
            {
                return true;
            }
        }

        return false;
    }

    private static EventDates Load()
    {
        using var stream = typeof(EventDates).Assembly.GetManifestResourceStream(Resource)
            ?? throw new InvalidOperationException($"Embedded resource {Resource} is missing.");
        using var doc = JsonDocument.Parse(stream);
        var languages = new Dictionary<string, Rules>(StringComparer.OrdinalIgnoreCase);
        foreach (var lang in doc.RootElement.GetProperty("languages").EnumerateObject())
        {
            var max = lang.Value.GetProperty("maxSuffix").GetInt32();
            var before = Days(lang.Value.GetProperty("daysBefore"));
            var beforeFigure = lang.Value.TryGetProperty("beforeFigure", out var phrases) ? Days(phrases) : [];
            var weekdays = lang.Value.GetProperty("weekdays").EnumerateArray()
                .Select(d => d.EnumerateArray().Select(x => Split(x.GetString()!)).ToArray())
                .ToArray();
            var notWords = lang.Value.TryGetProperty("notWords", out var not)
                ? not.EnumerateArray().Select(x => TextFold.Fold(x.GetString()!.AsSpan())).ToHashSet(StringComparer.Ordinal)
                : [];
            var nightOf = lang.Value.TryGetProperty("nightOf", out var nights)
                ? nights.EnumerateArray().Select(x => Split(x.GetString()!)).ToArray()
                : [];
            string[][] Phrases(string name) => lang.Value.TryGetProperty(name, out var list)
                ? list.EnumerateArray().Select(x => Split(x.GetString()!)).ToArray()
                : [];
            var monthNouns = lang.Value.TryGetProperty("monthNouns", out var nouns)
                ? nouns.EnumerateArray().Select(x => TextFold.Fold(x.GetString()!.AsSpan())).ToHashSet(StringComparer.Ordinal)
                : [];
            var monthForms = lang.Value.TryGetProperty("months", out var forms)
                ? forms.EnumerateObject().ToDictionary(x => TextFold.Fold(x.Name.AsSpan()), x => x.Value.GetInt32(), StringComparer.Ordinal)
                : [];
            languages[lang.Name] = new Rules(max, before, beforeFigure, weekdays, notWords, nightOf)
            {
                EarlierFigure = Phrases("earlierFigure"), Risen = Phrases("risen"), PastDay = Phrases("pastDay"), Separate = Phrases("separate"), SeveralAttacks = Phrases("severalAttacks"), PreviousDay = Phrases("previousDay"), LocalTime = Phrases("localTime"), MonthIn = Phrases("monthIn"), MonthNouns = monthNouns, Months = monthForms,
            };
        }

        return new EventDates(languages);
    }

    /// <summary>{"1": [stems…], "2": […]}, more days first.</summary>
    private static (int Days, string[][] Stems)[] Days(JsonElement byDays) =>
        [.. byDays.EnumerateObject()
            .OrderByDescending(p => int.Parse(p.Name, System.Globalization.CultureInfo.InvariantCulture))
            .Select(p => (int.Parse(p.Name, System.Globalization.CultureInfo.InvariantCulture), p.Value.EnumerateArray().Select(x => Split(x.GetString()!)).ToArray()))];

    private static string[] Split(string phrase) =>
        [.. Gazetteer.Words(phrase).Select(w => TextFold.Fold(phrase.AsSpan(w.Offset, w.Length)))];

    private sealed record Rules(int MaxSuffix, (int Days, string[][] Stems)[] DaysBefore, (int Days, string[][] Stems)[] BeforeFigure, string[][][] Weekdays, HashSet<string> NotWords, string[][] NightOf)
    {
        public string[][] EarlierFigure { get; init; } = [];

        public string[][] Risen { get; init; } = [];

        public string[][] Separate { get; init; } = [];

        public string[][] PastDay { get; init; } = [];

        public string[][] MonthIn { get; init; } = [];

        public HashSet<string> MonthNouns { get; init; } = [];

        public Dictionary<string, int> Months { get; init; } = [];

        public string[][] SeveralAttacks { get; init; } = [];

        public string[][] PreviousDay { get; init; } = [];

        public string[][] LocalTime { get; init; } = [];
    }
}
