using Reports.Core.Aggregation;
using Reports.Core.Analysis;
using Reports.Core.Articles;
using Reports.Core.Figures;
using Reports.Core.Tests.Figures;

namespace Reports.Core.Tests.Aggregation;

/// <summary>
/// Seventeenth session, the events helper's own set 15 (docs/aggregation.md, "Seventeenth session"): weapon types a
/// bracket or a dash lists after their total, a distance's number that claimed the place it is measured from, a camp
/// "near" a town, "a week after", the Arabic night "ليل الخميس الجمعة". Sentences written for these tests.
/// </summary>
public sealed class SeventeenthEventsTests
{
    // A Thursday.
    private static readonly DateOnly Published = new(2025, 8, 28);

    private readonly ArticleAnalyzer analyzer = new();

    [Theory]
    [InlineData("en", "Russia launched 32 missiles (28 Kh-101 cruise missiles and 4 Iskander-M ballistic missiles) at Ukraine overnight.")]
    [InlineData("uk", "У ніч на 4 вересня противник завдав удару: 430 ударних БпЛА та 32 ракети — 28 крилатих ракет Х-101 та 4 балістичні ракети Іскандер-М.")]
    [InlineData("uk", "Росія випустила 32 ракети (28 крилатих ракет Х-101 та 4 балістичні ракети Іскандер-М).")]
    public void WeaponTypesABracketOrADashListsAfterTheirTotal_AreNotAddedToIt(string code, string text)
    {
        var missiles = ExtractorHarness.Figures(code, text).Where(f => f.Kind == FigureKind.MissilesLaunched).OrderBy(f => f.Offset).ToList();

        Assert.Equal([32L, 28L, 4L], missiles.Select(f => f.Value));
        // The first type opens the breakdown (no sum into the 32); the second type adds to the first (28 + 4 = 32, a part).
        Assert.Equal([false, false, true], missiles.Select(f => f.Additional));
    }

    [Theory]
    [InlineData("en", "Russia launched 18 drones, two cruise missiles and one ballistic missile at Ukraine overnight.", 1)]
    [InlineData("en", "Russia launched 40 Shahed drones and 10 decoy drones at Ukraine overnight.", 10)]
    public void WeaponTypesJoinedByACommaOrAnd_StillAddUp(string code, string text, long added) =>
        Assert.Contains(ExtractorHarness.Figures(code, text), f => f.Value == added && f.Additional);

    [Fact]
    public void Build_TheAirForcesMissilesByTypeAfterADash_AreTheTotalOnce()
    {
        var briefing = BuildOne("Атака на Україну\n\nУ ніч на 4 вересня противник завдав комбінованого удару: 430 ударних БпЛА та 32 ракети — 28 крилатих ракет Х-101 та 4 балістичні ракети Іскандер-М. Збито 396 БпЛА та 25 ракет.");

        Assert.Equal(32, briefing.Totals.Single(t => t.Kind == FigureKind.MissilesLaunched).Headline);
    }

    [Theory]
    [InlineData("Drone hits a car\n\nTwo civilians were wounded when a drone hit a car in the village of Komyshuvakha, about 25 km east of Zaporizhzhia, the governor said.", "ua/zaporizhzhia-oblast/near-zaporizhzhia")]
    [InlineData("Shelling\n\nTwo civilians were wounded in Bilenke, about 25 km east of Zaporizhzhia.", "ua/zaporizhzhia-oblast/near-zaporizhzhia")]
    [InlineData("Shelling\n\nTwo civilians were wounded in a village about 25 km east of Zaporizhzhia.", "ua/zaporizhzhia-oblast/near-zaporizhzhia")]
    public void Analyze_APlaceADistanceAfterACommaIsMeasuredFrom_IsNearItNotTheRegion(string text, string expected) =>
        Assert.Equal(expected, Assert.Single(Analyze(text).Figures, f => f.Value == 2).Place);

    [Fact]
    public void Analyze_ANumberThatIsNoDistance_StillClaimsThePlaceInItsSegment()
    {
        // Negative: "two hit an energy facility in Poltava region" (a count of hits) keeps Poltava from the 38 downed.
        var analysis = Analyze("Drone attack\n\nRussia launched 40 drones at Ukraine overnight; 38 were shot down, while two hit an energy facility in Poltava region.");

        Assert.Equal("ua", Assert.Single(analysis.Figures, f => f.Value == 38).Place);
    }

    [Theory]
    [InlineData("Strike on a camp\n\nA drone strike on the Otash camp for displaced people near Nyala killed 12 people on Tuesday.", "sd/darfur/nyala")]
    [InlineData("Shelling\n\nRSF shelling of a displacement camp near Kadugli killed 12 people.", "sd/kordofan/kadugli")]
    [InlineData("Frappe\n\nDouze personnes ont été tuées dans une frappe sur un camp de déplacés près de Nyala.", "sd/darfur/nyala")]
    [InlineData("قصف\n\nقتل 12 شخصا في قصف على مخيم للنازحين قرب مدينة نيالا.", "sd/darfur/nyala")]
    public void Analyze_ACampNearATown_IsTheTowns(string text, string expected) =>
        Assert.Equal(expected, Assert.Single(Analyze(text).Figures, f => f.Value == 12).Place);

    [Theory]
    [InlineData("Strike near Kharkiv\n\nTwelve people were killed in a village near Kharkiv.", "ua/kharkiv-oblast/near-kharkiv")]
    [InlineData("Strikes\n\nSix people were killed in the camp on Monday, and 12 more died in a strike near Kadugli on the same day.", "sd/kordofan/near-kadugli")]
    [InlineData("Strike\n\nTwelve people were killed in a village 20 km from the camp outside Kadugli.", "sd/kordofan/near-kadugli")]
    public void Analyze_AVillageNearATownOrACampOutsideTheNearWordsClause_IsStillNearIt(string text, string expected) =>
        Assert.Equal(expected, Assert.Single(Analyze(text).Figures, f => f.Value == 12).Place);

    [Theory]
    [InlineData("The attack came a week after a missile strike on Dnipro killed 14 people.", "en", "14", "2025-08-21")]
    [InlineData("The attack came two weeks after a missile strike on Dnipro killed 14 people.", "en", "14", "2025-08-14")]
    [InlineData("Der Angriff erfolgte eine Woche nach einem Raketenangriff auf Dnipro, bei dem 14 Menschen starben.", "de", "14", "2025-08-21")]
    [InlineData("L'attaque survient une semaine après une frappe sur Dnipro qui avait tué 14 personnes.", "fr", "14", "2025-08-21")]
    [InlineData("Атака відбулася через тиждень після удару по Дніпру, який забрав життя 14 людей.", "uk", "14", "2025-08-21")]
    [InlineData("وجاء الهجوم بعد أسبوع من ضربة على دنيبرو أسفرت عن مقتل 14 شخصا.", "ar", "14", "2025-08-21")]
    [InlineData("Drones killed 14 people in Dnipro, a week after talks stalled.", "en", "14", "2025-08-28")]
    public void Date_AWeekAfterBeforeTheFiguresNumber_SetsTheDayAWeekBefore(string evidence, string language, string number, string day)
    {
        var figure = Figure.Create(FigureKind.Killed, 14, Qualifier.Exact, FigureScope.Event, evidence, 0, number.Length) with
        {
            EvidenceOffset = evidence.IndexOf(number, StringComparison.Ordinal),
        };

        var dated = Assert.Single(EventDates.Default.Date([figure], language, Published));

        Assert.Equal(DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture), dated.EventDate);
    }

    [Theory]
    [InlineData("قتل سبعة أشخاص في غارات على طهران ليل الأربعاء الخميس.", "2025-08-28")]
    [InlineData("قتل سبعة أشخاص في غارات على طهران يوم الأربعاء، وقال المسؤولون الخميس إن الحصيلة نهائية.", "2025-08-27")]
    public void Resolve_TheArabicNightOfTwoWeekdays_IsTheMorningItEndsIn(string evidence, string day) =>
        Assert.Equal(DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture), EventDates.Default.Resolve(evidence, "ar", Published).Day);

    [Theory]
    [InlineData("سقط شهيدان جراء غارة إسرائيلية على سيارة في بلدة الخيام.", "killed 2")]
    [InlineData("أسفرت الغارة عن قتيلين في بلدة الخيام.", "killed 2")]
    [InlineData("سقط قتيلان وثلاثة جرحى في غارة على بلدة الخيام.", "killed 2; injured 3")]
    [InlineData("أصيب جريحان في غارة على بلدة الخيام.", "injured 2")]
    public void AnArabicDualNounOfTheKilledOrWounded_CountsItsOwnKind(string text, string expected) =>
        ExtractorHarness.AssertFigures("ar", text, expected);

    [Theory]
    [InlineData("وصل شخصان إلى المدينة صباح اليوم.")]
    [InlineData("اعتقلت قوات الاحتلال شابين في المخيم.")]
    public void AnArabicDualOfPeopleWithNoCasualtyWord_IsStillNoCount(string text) =>
        Assert.DoesNotContain(ExtractorHarness.Figures("ar", text), f => f.Kind is FigureKind.Killed or FigureKind.Injured);

    [Theory]
    [InlineData("ar", "تصدت المضادات الأرضية للجيش السوداني فجر الأحد لسبع مسيرات استهدفت مدينة بورتسودان.", "drones_downed 7")]
    [InlineData("ar", "تصدت المضادات الأرضية لسبع مسيرات استهدفت مدينة بورتسودان.", "drones_downed 7")]
    [InlineData("en", "Air defences shot down seven drones attacking the city overnight.", "drones_downed 7")]
    public void WeaponsAnAttackingVerbDescribesAfterADowningVerb_AreDowned(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("ar", "أطلقت قوات الدعم السريع سبع مسيرات على مدينة بورتسودان فجر الأحد.", "drones_launched 7")]
    [InlineData("en", "Seven drones attacked the city overnight, and air defences shot down five.", "drones_launched 7; drones_downed 5")]
    public void WeaponsWhoseOwnVerbAttacks_StayLaunched(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("Strike\n\nFive people were wounded in a strike on the outskirts of Baalbek.", "lb/bekaa/near-baalbek")]
    [InlineData("غارة\n\nأصيب خمسة أشخاص في غارة على أطراف مدينة بعلبك.", "lb/bekaa/near-baalbek")]
    [InlineData("Strike\n\nFive people were wounded in a strike near Baalbek.", "lb/bekaa/near-baalbek")]
    [InlineData("Strike\n\nFive people were wounded in a strike on Baalbek.", "lb/bekaa/baalbek")]
    public void Analyze_AStrikeOnATownsOutskirts_IsNearItAsNearIs(string text, string expected) =>
        Assert.Equal(expected, Assert.Single(Analyze(text).Figures, f => f.Value == 5).Place);

    private Reports.Core.Analysis.ArticleAnalysis Analyze(string text) => analyzer.Analyze(new ArticleText(text, null));

    private Reports.Core.Briefings.Briefing BuildOne(string text)
    {
        var analysis = Analyze(text);
        var stored = new StoredAnalysis("a", "a.txt", analysis.Language, analysis.Title, analysis.Summary, analysis.Figures, Published,
            new DateTimeOffset(Published.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero));
        return new BriefingBuilder().Build([stored], new BriefingFilter(new Period(Published.AddDays(-1), Published.AddDays(1))));
    }
}
