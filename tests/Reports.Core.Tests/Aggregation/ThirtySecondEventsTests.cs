using Reports.Core.Aggregation;
using Reports.Core.Analysis;
using Reports.Core.Articles;
using Reports.Core.Figures;

namespace Reports.Core.Tests.Aggregation;

/// <summary>
/// Thirty-second session, the events helper (docs/aggregation.md, "Thirty-second session"). Sentences written for these
/// tests (no evaluation text).
/// </summary>
public sealed class ThirtySecondEventsTests
{
    // A Monday.
    private static readonly DateOnly Monday = new(2026, 11, 16);

    private readonly ArticleAnalyzer analyzer = new();

    // A first date that opens a span ending the next day a few words on is a night's start: the report is of the night's
    // morning. The dateline took the first date, so the air force's night was filed a day early and stood beside the same
    // night told by other outlets on the morning (set 34: 160 drones counted twice).
    [Theory]
    [InlineData("Повітряні сили: з 18:00 15 листопада до 08:00 16 листопада противник атакував 110 ударними БпЛА.")]
    [InlineData("Минобороны России: с 20:00 15 ноября до 07:00 16 ноября по московскому времени уничтожены 38 украинских беспилотников.")]
    [InlineData("The air force said Russia launched 110 drones from 6 p.m. on November 15 to 8 a.m. on November 16.")]
    [InlineData("Die Luftwaffe meldet: Von 18 Uhr am 15. November bis 8 Uhr am 16. November wurden 85 Drohnen abgeschossen.")]
    [InlineData("La Fuerza Aérea informó: entre las 18:00 del 15 de noviembre y las 08:00 del 16 de noviembre Rusia lanzó 110 drones.")]
    public void Dateline_ANightSpanOverTwoDates_IsTheLaterDate(string text) =>
        Assert.Equal(Monday, PublicationDateDetector.FromText(text, Monday.AddDays(1)));

    // Negatives: a first date followed by a later one that is not the next day, or far on, stays the dateline.
    [Theory]
    [InlineData("15 листопада 2026. Повітряні сили повідомили, що 17 листопада противник атакував 110 ударними БпЛА.")]
    [InlineData("November 15, 2026 — Officials said a memorial service for the victims of the strike, which killed 12 people, will be held in the city center on November 16.")]
    public void Dateline_ALaterDateThatClosesNoNight_LeavesTheFirst(string text) =>
        Assert.Equal(new DateOnly(2026, 11, 15), PublicationDateDetector.FromText(text, Monday.AddDays(1)));

    // A span between two clocks that crosses midnight, with a weekday at each end, is a night: it belongs to the morning it
    // ends in, as "the night of Sunday to Monday" already did. The earlier weekday won (set 34: the air force's night told
    // "between 18:00 on Sunday and 08:00 on Monday" was Sunday's, beside the same night told as Monday's).
    [Theory]
    [InlineData("en", "Ukraine's air force said Russia launched 110 drones between 18:00 on Sunday and 08:00 on Monday.")]
    [InlineData("en", "Russia launched 110 drones from 6 p.m. on Sunday to 8 a.m. on Monday, the air force said.")]
    [InlineData("uk", "Повітряні сили: з 18:00 неділі до 08:00 понеділка противник атакував 110 ударними БпЛА.")]
    [InlineData("ru", "Минобороны: с 20:00 воскресенья до 07:00 понедельника уничтожены 38 украинских беспилотников.")]
    [InlineData("es", "Rusia lanzó 110 drones entre las 18:00 del domingo y las 08:00 del lunes, según la Fuerza Aérea.")]
    [InlineData("de", "Russland hat zwischen 18 Uhr am Sonntag und 8 Uhr am Montag 110 Drohnen gestartet.")]
    public void Date_AClockSpanOverMidnightBetweenTwoWeekdays_IsTheLaterDay(string language, string evidence) =>
        Assert.Equal(Monday, EventDates.Default.Resolve(evidence, language, Monday).Day);

    // Negatives: a span of the day, and a toll of one weekday told on the next, keep the earlier weekday.
    [Theory]
    [InlineData("en", "Russia's defence ministry said it downed 14 drones between 8:00 and 14:00 on Sunday, officials said on Monday.")]
    [InlineData("en", "The toll from Sunday's strike on Odesa rose to five, officials said on Monday.")]
    [InlineData("ru", "Минобороны: с 8:00 до 14:00 воскресенья уничтожены 14 беспилотников, сообщили в понедельник.")]
    public void Date_NoSpanOverMidnight_KeepsTheEarlierWeekday(string language, string evidence) =>
        Assert.Equal(Monday.AddDays(-1), EventDates.Default.Resolve(evidence, language, Monday).Day);

    // The briefing: the air force's night told by its own dated span and by outlets on the morning is one engagement.
    [Fact]
    public void Build_TheAirForcesNightSpanAndTheMorningsReports_AreOneNight()
    {
        var span = "Повітряні сили\n\nЗ 18:00 15 листопада до 08:00 16 листопада противник атакував 110 ударними БпЛА. Збито/подавлено 85 ворожих дронів.";
        var briefing = BriefingHarness.Build(analyzer, new Period(Monday.AddDays(-2), Monday.AddDays(2)),
            (span, PublicationDateDetector.FromText(span, Monday) ?? Monday),
            ("Ukraine\n\nRussia launched 110 drones at Ukraine between 18:00 on Sunday and 08:00 on Monday, the air force said, and 85 were shot down.", Monday),
            ("Ucrania\n\nRusia lanzó 110 drones contra Ucrania durante la noche, de los que 85 fueron derribados, según la Fuerza Aérea.", Monday));

        var launched = briefing.Totals.Single(t => t.Kind == FigureKind.DronesLaunched);
        Assert.Equal((110L, 1), (launched.Headline, launched.Events));
    }
}
