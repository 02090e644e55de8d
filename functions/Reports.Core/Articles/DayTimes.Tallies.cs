using Reports.Core.Analysis;
using Reports.Core.Figures;
using Reports.Core.Places;

namespace Reports.Core.Articles;

/// <summary>The time a weapons tally's sentence gives the engagement it counts (docs/aggregation.md, "Thirtieth session").</summary>
public sealed partial class DayTimes
{
    [ThreadStatic]
    private static SentenceWords? tallyWords;

    [ThreadStatic]
    private static List<(int Offset, int Length)>? tallySpans;

    /// <summary>Most words that may stand between the two clocks of a span ("с 8:00 до 14:00", "from 6 p.m. on Monday to 8 a.m.").</summary>
    private const int SpanGap = 4;

    /// <summary>The hours of the day's light, which a night word's hours never touch (night, early hours, evening, late day).</summary>
    private const int DayLight = ((1 << 17) - 1) & ~((1 << 9) - 1);

    /// <summary>
    /// The hours of the engagement a weapons tally's sentence states: a span between two clocks ("в период с 8:00 до 14:00
    /// по московскому времени", "between 8 a.m. and 2 p.m.", "з 18:00 до 08:00"), from the first clock's hour to the hour
    /// before the second's; else a word of the night ("overnight", "в течение ночи", "у ніч на", "طی شب"): the night's
    /// hours; else 0. A ministry's bulletins of one day count disjoint spans (the night's, then 8:00 to 14:00, …): two
    /// tallies whose hours share none are two engagements, while a word of the day ("on Tuesday morning Ukraine said …")
    /// is most often when the tally was told, so it gives none, and an unknown time never tells tallies apart.
    /// </summary>
    public int TallyHours(Figure figure, string? language)
    {
        ArgumentNullException.ThrowIfNull(figure);
        return SpanHours(figure.Evidence, language, out _);
    }

    /// <summary>
    /// Whether <paramref name="sentence"/> states a span between two clocks that crosses midnight ("between 18:00 on
    /// Sunday and 08:00 on Monday", "з 18:00 15 листопада до 08:00 16 листопада"): a night, which belongs to the
    /// morning it ends in (<see cref="EventDates"/>).
    /// </summary>
    public bool SpansNight(string sentence, string? language)
    {
        SpanHours(sentence, language, out var overnight);
        return overnight;
    }

    private int SpanHours(string text, string? language, out bool overnight)
    {
        overnight = false;
        if (string.IsNullOrEmpty(text) || !languages.TryGetValue(language ?? "", out var rules) || !MayHold(text, rules))
        {
            return 0;
        }

        // The words folded into the thread's buffers (no string per word), as for tolls' times.
        var spans = tallySpans ??= [];
        Gazetteer.WordsInto(text, spans);
        var words = tallyWords ??= new SentenceWords();
        words.Fill(text, spans);

        var night = 0;
        var lastClock = -1;
        var lastHour = -1;
        for (var i = 0; i < words.Count;)
        {
            var clock = char.IsDigit(words[i][0]) ? Clock(text, spans, words, i, rules) : default;
            if (clock.Hours == 0 && lastClock >= 0 && i - lastClock - 1 <= SpanGap && char.IsDigit(words[i][0]))
            {
                clock = Dotted(text, spans, words, i);
            }

            if (clock.Hours > 0)
            {
                var hour = Middle(clock.Hours);
                if (lastClock >= 0 && clock.First - lastClock - 1 <= SpanGap && hour != lastHour)
                {
                    overnight = hour < lastHour;
                    return Span(lastHour, (hour + 23) % 24);
                }

                (lastClock, lastHour) = (clock.Last, hour);
                i = clock.Last + 1;
                continue;
            }

            if (night == 0 && rules.MayOpen(words[i]))
            {
                foreach (var (phrases, h) in rules.Parts)
                {
                    if ((h & DayLight) == 0 && Match(words, i, phrases, exact: false, rules.MaxSuffix) > 0)
                    {
                        night = h;
                        break;
                    }
                }
            }

            i++;
        }

        return night;
    }

    /// <summary>
    /// "14.00" closing a span after a clock ("antara pukul 08.00 dan 14.00"): an hour and its minutes joined by a dot,
    /// which alone could be a number, are the span's second clock.
    /// </summary>
    private static (int First, int Last, int Hours) Dotted(string text, List<(int Offset, int Length)> spans, SentenceWords words, int i)
    {
        if (i + 1 >= words.Count || words[i].Length > 2 || !AllDigits(words[i]) || words[i + 1].Length != 2 || !AllDigits(words[i + 1])
            || spans[i + 1].Offset != spans[i].Offset + spans[i].Length + 1 || text[spans[i].Offset + spans[i].Length] != '.'
            || Number(words[i]) is not (>= 0 and < 24))
        {
            return default;
        }

        return (i, i + 1, Around(Number(words[i])));
    }

    /// <summary>The hour a clock's hours (its hour give or take <see cref="ClockSpread"/>) are around.</summary>
    private static int Middle(int hours)
    {
        for (var h = 0; h < 24; h++)
        {
            if (hours == Around(h))
            {
                return h;
            }
        }

        return 0;
    }
}
