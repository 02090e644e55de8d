using Reports.Core.Aggregation;
using Reports.Core.Analysis;
using Reports.Core.Articles;
using Reports.Core.Figures;

namespace Reports.Core.Tests.Aggregation;

/// <summary>
/// Twenty-second session, the events helper (docs/aggregation.md, "Twenty-second session"): a region's past-day tally
/// filed the next morning is the day before's; sentences written for these tests.
/// </summary>
public sealed class TwentySecondEventsTests
{
    // A Wednesday and the Thursday after it.
    private static readonly DateOnly Day = new(2026, 5, 13);
    private static readonly DateOnly Morning = Day.AddDays(1);

    private readonly ArticleAnalyzer analyzer = new();

    [Theory]
    [InlineData("uk", "Полтавська ОВА\n\nЗа минулу добу внаслідок російських атак на Полтавщині загинули 4 людини, ще 12 поранені.")]
    [InlineData("uk", "Полтавська ОВА\n\nПротягом минулої доби на Полтавщині внаслідок ворожих обстрілів загинули 4 людини.")]
    [InlineData("ru", "Полтавская ОВА\n\nЗа прошедшие сутки в Полтавской области в результате обстрелов погибли четыре человека.")]
    [InlineData("en", "Poltava region\n\nRussian attacks killed four people in the Poltava region over the past day, the regional governor said.")]
    [InlineData("fr", "Région de Poltava\n\nQuatre personnes ont été tuées dans la région de Poltava au cours des dernières 24 heures, selon le gouverneur.")]
    [InlineData("es", "Región de Poltava\n\nCuatro personas murieron en la región de Poltava en las últimas 24 horas, según el gobernador.")]
    [InlineData("de", "Gebiet Poltawa\n\nIm Gebiet Poltawa wurden in den vergangenen 24 Stunden vier Menschen getötet, teilte der Gouverneur mit.")]
    [InlineData("id", "Wilayah Poltava\n\nEmpat orang tewas di wilayah Poltava dalam 24 jam terakhir, kata gubernur.")]
    [InlineData("vi", "Tỉnh Poltava\n\nBốn người thiệt mạng tại tỉnh Poltava trong 24 giờ qua, thống đốc cho biết.")]
    [InlineData("ar", "منطقة بولتافا\n\nقتل أربعة أشخاص في منطقة بولتافا خلال الـ24 ساعة الماضية، وفق الحاكم.")]
    [InlineData("fa", "استان پولتاوا\n\nدر ۲۴ ساعت گذشته چهار نفر در استان پولتاوا کشته شدند.")]
    public void Build_ARegionsPastDayTallyFiledTheNextMorning_HoldsTheDayBeforesTolls(string language, string tally)
    {
        // Before: the tally was dated by its publication, so the city's three killed the day before were counted beside
        // its four (7 for 4).
        var briefing = Build(
            ("Удар по Полтаві\n\nУдень російська ракета влучила в підприємство в Полтаві. Загинули 3 людини, 9 поранені.", Day),
            ("Poltava\n\nA Russian missile struck an industrial site in Poltava on Wednesday afternoon, killing three people.", Day),
            (tally, Morning));

        var killed = briefing.Totals.Single(t => t.Kind == FigureKind.Killed);
        Assert.Equal((4L, 1), (killed.Headline, killed.Events));
        Assert.Equal(Day, briefing.Events.Single(e => e.Kind == FigureKind.Killed).Day);
        Assert.NotEqual("", language);
    }

    [Fact]
    public void Build_APastDayTallyWithTollsOfItsOwnDay_KeepsItsDay()
    {
        // Negative: a region's tally filed the same day as a city's toll it holds (that morning's strike) stays that day,
        // whatever the day before held.
        var briefing = Build(
            ("Полтава\n\nВранці російська ракета влучила в Полтаву. Загинули 3 людини.", Morning),
            ("Полтавська ОВА\n\nЗа минулу добу внаслідок російських атак на Полтавщині загинули 4 людини.", Morning),
            ("Полтава\n\nУдень російська ракета влучила в підприємство в Полтаві. Загинули 2 людини.", Day));

        var region = briefing.Events.Single(e => e.Kind == FigureKind.Killed && e.Headline == 4);
        Assert.Equal(Morning, region.Day);
    }

    [Fact]
    public void Build_ADailyBulletinAfterTheDayBeforesBulletin_KeepsItsDay()
    {
        // Negative: a ministry's past-24-hours toll does not date the next day's; two bulletins, two events.
        var briefing = Build(
            ("Gaza\n\nThe health ministry in Gaza said 40 people had been killed in the past 24 hours.", Day),
            ("Gaza\n\nThe health ministry in Gaza said 52 people had been killed in the past 24 hours.", Morning));

        var killed = briefing.Totals.Single(t => t.Kind == FigureKind.Killed);
        Assert.Equal((92L, 2), (killed.Headline, killed.Events));
    }

    [Fact]
    public void Build_ARegionsTallyWithoutPastDayWords_KeepsItsDay()
    {
        // Negative: only a toll its sentence says counts the past day is the day before's.
        var briefing = Build(
            ("Удар по Полтаві\n\nУдень російська ракета влучила в підприємство в Полтаві. Загинули 3 людини.", Day),
            ("Полтавська ОВА\n\nНа Полтавщині внаслідок ранкової атаки дронів загинули 2 людини.", Morning));

        var killed = briefing.Totals.Single(t => t.Kind == FigureKind.Killed);
        Assert.Equal((5L, 2), (killed.Headline, killed.Events));
    }

    [Theory]
    // A live blog's stamp opening its post is no time of the event; its minutes were read as an hour before "GMT"/"Uhr".
    [InlineData("en", "15:20 GMT – A Russian missile struck an industrial area of Dnipro, killing four people.")]
    [InlineData("en", "13:05 UTC: A guided bomb hit Vovchansk, killing two people and injuring four.")]
    [InlineData("de", "14:20 Uhr: Bei einem Raketenangriff auf Dnipro wurden vier Menschen getötet.")]
    public void Hours_ALiveBlogStampWithItsZone_IsNoTime(string language, string sentence) =>
        Assert.Equal(0, DayTimes.Default.Hours(sentence, language));

    [Theory]
    // Negative: a clock inside the sentence is still its time.
    [InlineData("en", "A Russian missile struck Dnipro at 15:20 GMT, killing four people.", 15)]
    [InlineData("de", "Um 14:20 Uhr traf eine Rakete Dnipro, vier Menschen wurden getötet.", 14)]
    public void Hours_AClockInsideTheSentence_IsItsTime(string language, string sentence, int hour) =>
        Assert.NotEqual(0, DayTimes.Default.Hours(sentence, language) & (1 << hour));

    [Fact]
    public void Build_ALiveBlogPostAndAnAfternoonReport_AreOneEvent()
    {
        // Before: the stamp's minutes ("15:20 GMT") made the post's toll an evening one, apart from the afternoon strike.
        var briefing = Build(
            ("Live: strikes on Ukraine\n\n09:40 GMT – Officials say the night was quiet in Kyiv.\n\n15:20 GMT – A Russian missile struck an industrial area of Dnipro, killing four people.", Day),
            ("Frappe sur Dnipro\n\nUn missile russe a frappé mercredi après-midi une zone industrielle de Dnipro, tuant quatre personnes.", Day));

        var killed = briefing.Totals.Single(t => t.Kind == FigureKind.Killed);
        Assert.Equal((4L, 1), (killed.Headline, killed.Events));
    }

    [Theory]
    // "X, north-east of Y": X is the figure's place, Y only locates it (it was Y, so Vovchansk's toll joined Kharkiv's).
    [InlineData("en", "A guided bomb hit Vovchansk, north-east of Kharkiv, killing two people.", "ua/kharkiv-oblast/vovchansk")]
    [InlineData("en", "A strike on a motorcycle in Bint Jbeil, south of Nabatieh, killed two people.", "lb/south/bint-jbeil")]
    [InlineData("de", "In Wowtschansk nordöstlich von Charkiw wurden zwei Menschen getötet.", "ua/kharkiv-oblast/vovchansk")]
    [InlineData("uk", "У Вовчанську, на північний схід від Харкова, загинули двоє людей.", "ua/kharkiv-oblast/vovchansk")]
    [InlineData("ru", "В Волчанске, к северо-востоку от Харькова, погибли два человека.", "ua/kharkiv-oblast/vovchansk")]
    [InlineData("es", "Un ataque contra Bilopillia, al noroeste de Sumy, mató a dos personas.", "ua/sumy-oblast/bilopillia")]
    [InlineData("id", "Serangan di Vovchansk, sebelah timur laut Kharkiv, menewaskan dua orang.", "ua/kharkiv-oblast/vovchansk")]
    // A place the gazetteer does not know, located from one it knows, is near that one (twenty-fourth session; it was
    // the town's, so it met the town's own tolls and made two events with outlets that wrote "40 km west of").
    [InlineData("en", "A drone strike on a market in the town of Bara, north of El Obeid, killed nine people.", "sd/kordofan/near-el-obeid")]
    public void Analyze_APlaceLocatedFromAnother_IsItsOwn(string language, string sentence, string place)
    {
        var analysis = analyzer.Analyze(new ArticleText(sentence, null));
        Assert.Equal(language, analysis.Language);
        Assert.Equal(place, Assert.Single(analysis.Figures, f => f.Kind == FigureKind.Killed).Place);
    }

    [Theory]
    // A ship off a port is at sea in the title that names the port too, and in Persian "near the port of".
    [InlineData("en", "UKMTO: vessel struck by missile south-west of Hodeidah\n\nA bulk carrier was struck about 25 nautical miles south-west of Hodeidah on Saturday. Two crew members were killed, the ship's manager said.")]
    [InlineData("fa", "یک کشتی فله‌بر در نزدیکی بندر الحدیده هدف موشک قرار گرفت و دو خدمه آن کشته شدند.")]
    public void Analyze_AShipOffAPort_IsAtSea(string language, string text)
    {
        var analysis = analyzer.Analyze(new ArticleText(text, null));
        Assert.Equal(language, analysis.Language);
        Assert.Equal("sea/red-sea", Assert.Single(analysis.Figures, f => f.Kind == FigureKind.Killed).Place);
    }

    [Fact]
    public void Analyze_APortStruckBeforeAShipOffIt_StaysThePort()
    {
        // Negative: only the title follows the text's ship; the port struck in the text keeps its place.
        var figures = analyzer.Analyze(new ArticleText("US strikes on Hodeidah\n\nUS strikes on the port of Hodeidah killed nine people on Tuesday. Separately, a ship was attacked 70 nautical miles west of Hodeidah.", null)).Figures;
        Assert.Equal("ye/hodeidah", Assert.Single(figures, f => f.Kind == FigureKind.Killed).Place);
    }

    private Reports.Core.Briefings.Briefing Build(params (string Text, DateOnly Published)[] articles) =>
        BriefingHarness.Build(analyzer, new Period(Day.AddDays(-2), Morning.AddDays(1)), articles);
}
