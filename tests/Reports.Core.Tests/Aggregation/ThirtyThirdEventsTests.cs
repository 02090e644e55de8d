using Reports.Core.Aggregation;
using Reports.Core.Analysis;
using Reports.Core.Articles;
using Reports.Core.Figures;

namespace Reports.Core.Tests.Aggregation;

/// <summary>
/// Thirty-third session, the events helper (docs/aggregation.md, "Thirty-third session", "events"). Sentences written for
/// these tests (no evaluation text).
/// </summary>
public sealed class ThirtyThirdEventsTests
{
    // A Saturday, and the Sunday after it.
    private static readonly DateOnly Saturday = new(2026, 12, 5);
    private static readonly DateOnly Sunday = new(2026, 12, 6);

    private readonly ArticleAnalyzer analyzer = new();

    // A weekday told in the place's local time, filed the day before by the outlet's clock, is the day after publication.
    [Theory]
    [InlineData("en", "A Russian drone attack on the Lviv region early Sunday local time killed two people, the governor said.")]
    [InlineData("fr", "Une attaque de drones russes sur la région de Lviv a tué deux personnes dimanche à l'aube, heure locale.")]
    [InlineData("es", "Un ataque con drones rusos contra la región de Leópolis causó dos muertos la madrugada del domingo, hora local.")]
    [InlineData("de", "Bei einem russischen Drohnenangriff auf das Gebiet Lwiw wurden am Sonntag kurz nach Mitternacht Ortszeit zwei Menschen getötet.")]
    [InlineData("id", "Serangan drone Rusia di wilayah Lviv pada Minggu dini hari waktu setempat menewaskan dua orang.")]
    public void Resolve_AWeekdayInLocalTimeTheDayAfterPublication_IsThatDay(string language, string sentence) =>
        Assert.Equal(Sunday, EventDates.Default.Resolve(sentence, language, Saturday).Day);

    // Negatives: a weekday with no local time is the latest such day not after publication (the week before), and a
    // weekday in local time that names an earlier day keeps it.
    [Theory]
    [InlineData("en", "A Russian drone attack on the Lviv region early Sunday killed two people, the governor said.", 2026, 11, 29)]
    [InlineData("en", "A Russian drone attack on the Lviv region early Friday local time killed two people.", 2026, 12, 4)]
    [InlineData("de", "Bei einem Drohnenangriff auf Lwiw wurden am Sonntag zwei Menschen getötet.", 2026, 11, 29)]
    public void Resolve_AWeekdayWithoutLocalTimeOrBeforePublication_StaysBefore(string language, string sentence, int year, int month, int day) =>
        Assert.Equal(new DateOnly(year, month, day), EventDates.Default.Resolve(sentence, language, Saturday).Day);

    // The briefing: a US outlet's report filed on Saturday by its clock ("early Sunday local time", then the air force's
    // "overnight" tally) and Sunday's reports of the same night are one night (set 35: Ukraine's 125 drones counted twice).
    [Fact]
    public void Build_AReportFiledTheEveningBeforeByItsClock_IsTheNightsMorning()
    {
        var briefing = BriefingHarness.Build(analyzer, new Period(Saturday.AddDays(-1), Sunday.AddDays(2)),
            ("Russian strike on western Ukraine kills one\n\nA Russian missile and drone attack on the Lviv region early Sunday local time killed one person and injured four others, the regional governor said. Russia launched 110 drones and six missiles at Ukraine overnight, the air force said.", Saturday),
            ("Bei russischen Luftangriffen ist in der Nacht zum Sonntag im Gebiet Lwiw ein Mensch getötet worden, vier weitere wurden verletzt. Russland setzte nach Angaben der Luftwaffe 110 Drohnen und sechs Raketen ein.", Sunday));

        var launched = briefing.Totals.Single(t => t.Kind == FigureKind.DronesLaunched);
        Assert.Equal((110L, 1), (launched.Headline, launched.Events));
        var injured = briefing.Totals.Single(t => t.Kind == FigureKind.Injured);
        Assert.Equal((4L, 1), (injured.Headline, injured.Events));
    }

    // A count sharing an earlier count's list of places (no break between them) is the tally of what holds them, as the
    // earlier count is: set 35's police tally over two regions was filed in the second region and counted beside its parts.
    [Theory]
    [InlineData("Russian attacks on the Kharkiv and Sumy regions killed three people and injured 13 over the past day, the police said.")]
    [InlineData("В результате ударов по Харьковской и Сумской областям погибли три человека и 13 получили ранения.")]
    [InlineData("Los ataques rusos contra las regiones de Járkov y Sumy mataron a tres personas e hirieron a 13 en el último día.")]
    [InlineData("Serangan Rusia di wilayah Kharkiv dan Sumy menewaskan tiga orang dan melukai 13 lainnya, kata polisi.")]
    public void Analyze_ACountSharingAListOfRegions_IsTheirCountrys(string text)
    {
        var analysis = analyzer.Analyze(new ArticleText(text, null));

        Assert.Equal("ua", analysis.Figures.Single(f => f.Kind == FigureKind.Killed).Place);
        Assert.Equal("ua", analysis.Figures.Single(f => f.Kind == FigureKind.Injured).Place);
    }

    // Negative: a count with a place of its own after the earlier count's place keeps it.
    [Fact]
    public void Analyze_ACountWithItsOwnPlace_KeepsIt()
    {
        var analysis = analyzer.Analyze(new ArticleText("In Kharkiv, three people were killed, and in Sumy 13 were injured, the police said.", null));

        Assert.Equal("ua/sumy-oblast/sumy", analysis.Figures.Single(f => f.Kind == FigureKind.Injured).Place);
    }

    // A place list joined by a conjunction and a short preposition ("et de", "and in") is the tally of what holds them.
    [Theory]
    [InlineData("Des bombardements ont tué deux personnes dans les régions de Kherson et de Zaporijjia, selon les autorités.")]
    [InlineData("Russian shelling killed two people in Kherson and in Zaporizhzhia over the past day, officials said.")]
    public void Analyze_AListJoinedByAConjunctionAndAPreposition_IsTheirCountrys(string text) =>
        Assert.Equal("ua", Assert.Single(analyzer.Analyze(new ArticleText(text, null)).Figures).Place);

    // A weapons tally's origin is its side where nothing else names one.
    [Theory]
    [InlineData("One missile launched from Yemen toward central Israel was intercepted on Friday, the military said.", "ye")]
    [InlineData("Zwei Raketen wurden am Freitag aus dem Libanon auf Kirjat Schmona abgefeuert, teilte die Armee mit.", "lb")]
    public void Analyze_AWeaponsTallysOrigin_IsItsSide(string text, string side) =>
        Assert.All(analyzer.Analyze(new ArticleText(text, null)).Figures, f => Assert.Equal(side, f.Side));

    // A downed count right after the launched count of its weapons is of that count's side.
    [Theory]
    [InlineData("Zwei Raketen wurden am Freitagabend aus dem Libanon auf Kirjat Schmona abgefeuert. Eine davon wurde abgefangen, die andere schlug auf offenem Gelände ein.")]
    [InlineData("Three rockets were fired from Lebanon at the Galilee on Friday. Two of them were intercepted, the military said.")]
    public void Analyze_ADownedCountAfterItsLaunchedCount_TakesItsSide(string text) =>
        Assert.Equal("lb", analyzer.Analyze(new ArticleText(text, null)).Figures.Single(f => f.Kind == FigureKind.MissilesDowned).Side);

    // The briefing: a missile from Yemen and rockets from Lebanon intercepted over Israel on one day are two engagements.
    [Fact]
    public void Build_InterceptionsOfTwoOrigins_AreTwoEvents()
    {
        var briefing = BriefingHarness.Build(analyzer, Saturday,
            "One missile launched from Yemen toward central Israel was intercepted on Saturday afternoon, the military said.",
            "Zwei Raketen wurden am Samstagabend aus dem Libanon auf Kirjat Schmona abgefeuert. Eine davon wurde abgefangen, die andere schlug auf offenem Gelände ein.");

        var downed = briefing.Totals.Single(t => t.Kind == FigureKind.MissilesDowned);
        Assert.Equal((2L, 2), (downed.Headline, downed.Events));
    }

    // "Russland setzte … ein": a country that deployed the weapons is their launcher, not the country that downed them.
    [Fact]
    public void Analyze_ACountryThatDeployedTheWeapons_IsNoDowningCountry()
    {
        var analysis = analyzer.Analyze(new ArticleText("Bei russischen Angriffen wurde in der Nacht im Gebiet Lwiw ein Mensch getötet, drei weitere wurden verletzt. Russland setzte nach Angaben der ukrainischen Luftwaffe 125 Drohnen ein, 98 Drohnen seien abgewehrt worden.", null));

        Assert.Equal("ua", analysis.Figures.Single(f => f.Kind == FigureKind.DronesDowned).Place);
    }

    // A neighbourhood of Gaza City located from the city ("east of Gaza City") is in the city, not near it.
    [Theory]
    [InlineData("الدفاع المدني: 7 شهداء في قصف إسرائيلي استهدف مدرسة في حي التفاح شرق مدينة غزة فجر اليوم.")]
    [InlineData("An Israeli strike on a school in Gaza City's al-Tuffah neighbourhood killed seven people at dawn.")]
    public void Analyze_AGazaCityNeighbourhood_IsInTheCity(string text) =>
        Assert.StartsWith("ps/gaza/gaza-city", Assert.Single(analyzer.Analyze(new ArticleText(text, null)).Figures).Place);

    // A number after the Vietnamese night word is the night's day of the month, no count.
    [Fact]
    public void Analyze_ADayAfterTheNightWord_IsNoFigure()
    {
        var analysis = analyzer.Analyze(new ArticleText("Ít nhất 3 người thiệt mạng và 12 người bị thương trong cuộc tấn công vào thành phố Zaporizhzhia đêm 18 rạng sáng 19/11, Thống đốc cho biết.", null));

        Assert.DoesNotContain(analysis.Figures, f => f.Value == 18);
        Assert.Contains(analysis.Figures, f => f is { Kind: FigureKind.Injured, Value: 12 });
    }

    // Spanish "desde principios de año" opens a running total.
    [Theory]
    [InlineData("Desde principios de año, más de 300 civiles han muerto en la región por los ataques rusos.")]
    [InlineData("Desde comienzos de mes, 45 personas han muerto en la Franja, según Sanidad.")]
    public void Analyze_DesdePrincipiosDe_IsCumulative(string text) =>
        Assert.Equal(FigureScope.Cumulative, Assert.Single(analyzer.Analyze(new ArticleText(text, null)).Figures).Scope);
}
