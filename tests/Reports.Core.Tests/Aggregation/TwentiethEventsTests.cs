using Reports.Core.Aggregation;
using Reports.Core.Analysis;
using Reports.Core.Articles;
using Reports.Core.Figures;

namespace Reports.Core.Tests.Aggregation;

/// <summary>
/// Twentieth session, the events helper (docs/aggregation.md, "Twentieth session"): a toll's time of day. Two strikes on
/// one city on one day are two events when their tolls' sentences give times that clearly differ (morning and night,
/// 07:15 and 21:30); an unknown time never tells events apart; a time of the report ("as of 9 a.m.", "станом на 09:00",
/// "by the morning") is no time of the event. Sentences written for these tests.
/// </summary>
public sealed class TwentiethEventsTests
{
    // A Thursday.
    private static readonly DateOnly Published = new(2026, 5, 14);

    private readonly ArticleAnalyzer analyzer = new();

    [Theory]
    [InlineData("en", "Two people were killed when a missile hit the city centre on Thursday morning.", "morning")]
    [InlineData("en", "A drone struck an apartment block at around 3 a.m., killing one person.", "night")]
    [InlineData("en", "Four people were injured in a late-night drone attack on the city.", "night")]
    [InlineData("uk", "Вранці росіяни вдарили ракетою по центру міста, загинули двоє людей.", "morning")]
    [InlineData("uk", "О 21:30 ворожий дрон влучив у житловий будинок, поранено чотирьох людей.", "evening")]
    [InlineData("ru", "Вечером беспилотник атаковал город, ранены три человека.", "evening")]
    [InlineData("fr", "Vers 22h30, une frappe de drone a fait un mort dans le centre-ville.", "evening")]
    [InlineData("es", "Dos personas murieron por la mañana en un bombardeo contra el centro de la ciudad.", "morning")]
    [InlineData("de", "Am Dienstagabend wurden bei einem Drohnenangriff drei Menschen verletzt.", "evening")]
    [InlineData("id", "Serangan rudal pada pukul 07.15 menewaskan dua orang.", "morning")]
    [InlineData("vi", "Hai người thiệt mạng trong cuộc tấn công sáng 14/5.", "morning")]
    [InlineData("ar", "قتل شخصان في قصف على المدينة مساء الخميس.", "evening")]
    [InlineData("fa", "در حمله پهپادی بامداد امروز دو نفر کشته شدند.", "earlyHours")]
    public void Hours_ATimeOfDayInTheTollsSentence_IsItsTime(string language, string sentence, string part)
    {
        // A part of the day is its span of hours; a clock time its hour give or take one, inside the part named.
        var hours = DayTimes.Default.Hours(sentence, language);

        Assert.NotEqual(0, hours);
        Assert.Equal(0, hours & ~Expected(part));
    }

    [Theory]
    // Times of the report, not of the event, and numbers that are no clock.
    [InlineData("en", "As of 9 a.m., the toll stood at five dead, the governor said.")]
    [InlineData("en", "By the morning, rescuers had pulled five bodies from the rubble.")]
    [InlineData("en", "According to the morning report, five people were killed.")]
    [InlineData("uk", "Станом на 09:00 відомо про п'ятьох загиблих.")]
    [InlineData("ru", "По состоянию на 8:00 известно о пяти погибших.")]
    [InlineData("id", "Hingga pukul 09.00 WIB, lima orang dilaporkan tewas.")]
    [InlineData("vi", "Tính đến 8h sáng nay, 5 người đã thiệt mạng.")]
    [InlineData("en", "14:20 — The toll has risen to five, officials said.")]
    [InlineData("en", "Five people were killed and 24 injured over the past 24 hours.")]
    [InlineData("fr", "Cinq personnes ont été tuées en 24 heures, selon le bilan de 8h.")]
    [InlineData("vi", "Con số tối đa là 5 người thiệt mạng trong 24h qua.")]
    public void Hours_AReportTimeOrNoClock_IsNoTime(string language, string sentence) =>
        Assert.Equal(0, DayTimes.Default.Hours(sentence, language));

    [Theory]
    [InlineData("morning", "night", true)]
    [InlineData("morning", "evening", true)]
    [InlineData("evening", "night", false)]
    [InlineData("earlyHours", "morning", false)]
    [InlineData("earlyHours", "night", false)]
    public void Differ_OnlyTimesThatShareNoHour(string a, string b, bool differ) =>
        Assert.Equal(differ, DayTimes.Differ(Expected(a), Expected(b)));

    [Fact]
    public void Hours_TheTimeNearestTheFigure_IsItsTime()
    {
        // One sentence, two strikes: each toll takes the time nearest its phrase.
        const string sentence = "Guided bombs killed two people on Monday morning, and a late-night drone attack killed one more person.";
        var morning = DayTimes.Default.Hours(sentence, "en", sentence.IndexOf("killed two", StringComparison.Ordinal), 10);
        var night = DayTimes.Default.Hours(sentence, "en", sentence.IndexOf("killed one", StringComparison.Ordinal), 10);

        Assert.True(DayTimes.Differ(morning, night));
    }

    [Fact]
    public void Build_TwoStrikesOnOneCityMorningAndNight_AreTwoEvents()
    {
        // Before: one event of three injured (the largest), the night's two lost.
        var briefing = Build(
            "Удар по Запоріжжю\n\nВранці росіяни вдарили ракетою по Запоріжжю, поранено трьох людей.",
            "Nachtangriff auf Saporischschja\n\nIn der Nacht wurden bei einem Drohnenangriff auf Saporischschja zwei Menschen verletzt.",
            "Zaporizhzhia\n\nA missile strike on Zaporizhzhia injured three people on Thursday morning, the governor said.");

        var injured = briefing.Totals.Single(t => t.Kind == FigureKind.Injured);
        Assert.Equal((5L, 2), (injured.Headline, injured.Events));
    }

    [Fact]
    public void Build_TwoStrikesInOneArticleMorningAndEvening_AreTwoEvents()
    {
        // One article, two strikes on one city: the evening's four injured were a part of the morning's nine.
        var briefing = Build("Запоріжжя\n\nО 21:30 ворожий дрон влучив у багатоповерхівку в Запоріжжі, поранені четверо людей. Нагадаємо, вранці внаслідок ракетного удару по місту поранені 9 людей.");

        var injured = briefing.Totals.Single(t => t.Kind == FigureKind.Injured);
        Assert.Equal((13L, 2), (injured.Headline, injured.Events));
    }

    [Fact]
    public void Build_OneTollWithATimeAndOneWithout_AreOneEvent()
    {
        // Negative: an unknown time never refuses a merge.
        var briefing = Build(
            "Удар по Запоріжжю\n\nВранці росіяни вдарили ракетою по Запоріжжю, поранено трьох людей.",
            "Zaporizhzhia\n\nFour people were injured in a Russian strike on Zaporizhzhia, the governor said.");

        var injured = briefing.Totals.Single(t => t.Kind == FigureKind.Injured);
        Assert.Equal((4L, 1), (injured.Headline, injured.Events));
    }

    [Fact]
    public void Build_AnOvernightAttackReportedInTheMorning_IsOneEvent()
    {
        // Negative: "as of 9 a.m." and "станом на 09:00" are the report's times, not the attack's.
        var briefing = Build(
            "Night attack on Kyiv\n\nA Russian drone attack on Kyiv overnight killed three people, officials said.",
            "Київ\n\nСтаном на 09:00 відомо про трьох загиблих у Києві внаслідок нічної атаки.",
            "Kyiv\n\nAs of 9 a.m., three people had been killed in Kyiv, the city's military administration said.");

        var killed = briefing.Totals.Single(t => t.Kind == FigureKind.Killed);
        Assert.Equal((3L, 1), (killed.Headline, killed.Events));
    }

    [Fact]
    public void Build_EveningAndNightOfOneAttack_AreOneEvent()
    {
        // Negative: evening and night meet (a late-evening attack is the night's in other outlets).
        var briefing = Build(
            "Харків\n\nВвечері ворог атакував Харків ударними дронами, поранено п'ятьох людей.",
            "Kharkiv\n\nFive people were injured in an overnight drone attack on Kharkiv.");

        var injured = briefing.Totals.Single(t => t.Kind == FigureKind.Injured);
        Assert.Equal((5L, 1), (injured.Headline, injured.Events));
    }

    [Theory]
    [InlineData("Суммы\n\nВечером по Сумам нанесли удар ударные беспилотники, ранены пять человек.", "ua/sumy-oblast/sumy")]
    [InlineData("Ліван\n\nУнаслідок удару по будівлі в Набатії загинула одна людина, ще четверо поранені.", "lb/south/nabatieh")]
    public void Analyze_DativeSumyAndLocativeNabatieh_AreTheirCities(string text, string place) =>
        Assert.Equal(place, Assert.Single(analyzer.Analyze(new ArticleText(text, null)).Figures, f => f.Kind == FigureKind.Injured).Place);

    [Theory]
    // Negative: "сумма" (a sum of money) is no Sumy.
    [InlineData("Удар\n\nВ результате удара по городу ранены пять человек, сумма ущерба оценивается в 3 млн рублей.")]
    public void Analyze_SumWords_AreNoSumy(string text) =>
        Assert.Null(Assert.Single(analyzer.Analyze(new ArticleText(text, null)).Figures, f => f.Kind == FigureKind.Injured).Place);

    private static int Expected(string part) => part switch
    {
        "night" => Hours(22, 23, 0, 1, 2, 3, 4),
        "earlyHours" => Hours(2, 3, 4, 5, 6, 7),
        "morning" => Hours(5, 6, 7, 8, 9, 10, 11),
        "evening" => Hours(17, 18, 19, 20, 21, 22, 23),
        _ => throw new ArgumentOutOfRangeException(nameof(part)),
    };

    private static int Hours(params int[] hours) => hours.Aggregate(0, (a, h) => a | (1 << h));

    private Reports.Core.Briefings.Briefing Build(params string[] texts) => BriefingHarness.Build(analyzer, Published, texts);
}
