using Reports.Core.Aggregation;
using Reports.Core.Analysis;
using Reports.Core.Articles;
using Reports.Core.Figures;

namespace Reports.Core.Tests.Aggregation;

/// <summary>
/// Thirty-second session, the events2 helper (docs/aggregation.md, "Thirty-second session", "events2"). Sentences written
/// for these tests (no evaluation text).
/// </summary>
public sealed class ThirtySecondEvents2Tests
{
    // A Monday.
    private static readonly DateOnly Monday = new(2026, 11, 16);

    private readonly ArticleAnalyzer analyzer = new();

    // A time after a verb of a raised toll is when the toll was raised, not the strike's time: it is no time of the event.
    [Theory]
    [InlineData("fr", "Le bilan de la frappe sur Kherson s'est alourdi à quatre morts et neuf blessés mardi soir, selon la préfecture.")]
    [InlineData("en", "The death toll from the strike on Dnipro rose to six on Monday evening, the regional governor said.")]
    [InlineData("es", "El número de muertos por el ataque contra Járkov ascendió a siete el lunes por la tarde.")]
    [InlineData("uk", "Кількість загиблих унаслідок удару по Запоріжжю зросла до п'яти у понеділок увечері.")]
    [InlineData("ru", "Число погибших при ударе по Белгороду возросло до четырех в понедельник вечером.")]
    [InlineData("id", "Jumlah korban tewas akibat serangan di Kharkiv bertambah menjadi lima orang pada Senin malam.")]
    [InlineData("ar", "ارتفعت حصيلة القتلى جراء الغارة على خان يونس إلى ستة مساء الاثنين.")]
    public void Hours_ATimeAfterARaisedToll_IsNoTimeOfTheEvent(string language, string sentence) =>
        Assert.Equal(0, DayTimes.Default.Hours(sentence, language));

    // Negatives: the strike's own time before the verb of the raised toll stays, and a time in a sentence with no raised
    // toll stays the event's.
    [Theory]
    [InlineData("fr", "Le bilan de l'attaque nocturne sur Odessa s'est alourdi à cinq morts et 13 blessés lundi soir.", 22)]
    [InlineData("en", "The toll from the morning strike on Sumy rose to four on Monday evening, officials said.", 8)]
    [InlineData("fr", "Une frappe de drone a tué deux personnes lundi soir à Kherson, selon la préfecture.", 20)]
    [InlineData("en", "A missile killed three people in Dnipro on Monday evening, the governor said.", 20)]
    public void Hours_TheStrikesOwnTime_Stays(string language, string sentence, int hour)
    {
        var hours = DayTimes.Default.Hours(sentence, language);

        Assert.NotEqual(0, hours & (1 << hour));
        Assert.Equal(0, hours & (1 << 14));
    }

    // The briefing: a raised toll told with the evening it was raised, and another outlet's report of the same toll with
    // the strike's early hours, are one event (set 34: Odesa's 5 killed and 13 injured counted twice).
    [Fact]
    public void Build_ARaisedTollsEveningAndTheStrikesEarlyHours_AreOneEvent()
    {
        var briefing = BriefingHarness.Build(analyzer, new Period(Monday.AddDays(-1), Monday.AddDays(2)),
            ("Ukraine : cinq morts à Kherson\n\nLe bilan de l'attaque de drones russes sur Kherson s'est alourdi à cinq morts et 12 blessés lundi soir, a annoncé le gouverneur régional.", Monday),
            ("Serangan drone Rusia ke Kherson pada Senin dini hari menewaskan lima orang dan melukai 12 lainnya, kata gubernur setempat.", Monday.AddDays(1)));

        var killed = briefing.Totals.Single(t => t.Kind == FigureKind.Killed);
        Assert.Equal((5L, 1), (killed.Headline, killed.Events));
        var injured = briefing.Totals.Single(t => t.Kind == FigureKind.Injured);
        Assert.Equal((12L, 1), (injured.Headline, injured.Events));
    }
}
