using Reports.Core.Articles;

namespace Reports.Core.Aggregation;

public sealed partial class BriefingBuilder
{
    /// <summary>The hours a region's morning bulletin of the past day may still count on its own day (before 10:00).</summary>
    private const int BulletinHours = (1 << 10) - 1;

    /// <summary>
    /// "Олександр Прокудін: минулої доби … загинули 2 людини, ще 14 … поранень", "killed two people and wounded 14 in the
    /// Kherson region over the past day", filed on Friday, beside "близько 11:00 … обстріляли зупинку … в Херсоні. Загинули
    /// двоє людей" of the same Friday: with no toll of Thursday in the region, the past-day rule of
    /// <see cref="LaterReports"/> kept the bulletin on Friday, where it held the bus stop's toll (6 killed for 8 over the
    /// two days). A morning bulletin of the past day cannot hold a strike of its own day that came later: a toll of its own
    /// day inside its place (another article's, no past-day tally itself, a compatible side) whose time is known and
    /// wholly from 10:00 on dates the bulletin to the day before. Only words of the past day as a day gone by count
    /// (<see cref="EventDates.PreviousDay"/>): a ministry's "29 killed in 24 hours" reported at noon holds a strike of
    /// that midday. The words may stand in the article's title ("… минулої доби ворог обстріляв 32 населені пункти
    /// Херсонщини") when the toll's own sentence gives no date (a title that holds the toll's sentence is the whole
    /// article's one paragraph: "Це вже другий удар по місту за добу" is no bulletin).
    /// </summary>
    private static bool BulletinBeforeStrike(Candidate[] candidates, int[] nextToll, Dictionary<(Figures.FigureKind, DateOnly), int> tolls, in Candidate c, ref Dictionary<(string, string), bool>? pastDays, ref Dictionary<(string, string), bool>? previousDays)
    {
        if (c.Figure.Place is not { } region || !tolls.TryGetValue((c.Figure.Kind, c.Day), out var head)
            || !(SaysPreviousDay(c.Figure.Evidence, c.Article.Language, ref previousDays)
                 || (c.Article.Title is { Length: > 0 } title && !title.Contains(c.Figure.Evidence, StringComparison.Ordinal)
                     && SaysPreviousDay(title, c.Article.Language, ref previousDays))))
        {
            return false;
        }

        for (var t = head; t >= 0; t = nextToll[t])
        {
            ref readonly var e = ref candidates[t];
            if (e.Article.ArticleId == c.Article.ArticleId || e.Hours == 0 || (e.Hours & BulletinHours) != 0
                || e.Figure.Place is not { } place || !Places.Gazetteer.Contains(region, place)
                || (e.Figure.Side is not null && c.Figure.Side is not null && e.Figure.Side != c.Figure.Side))
            {
                continue;
            }

            if (!SaysPastDay(e, ref pastDays))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary><see cref="EventDates.PreviousDay"/>, read once per text (a year's report has many undated tolls).</summary>
    private static bool SaysPreviousDay(string text, string language, ref Dictionary<(string, string), bool>? cache)
    {
        cache ??= new Dictionary<(string, string), bool>();
        if (!cache.TryGetValue((text, language), out var says))
        {
            says = cache[(text, language)] = EventDates.Default.PreviousDay(text, language);
        }

        return says;
    }
}
