using Reports.Core.Aggregation;
using Reports.Core.Analysis;
using Reports.Core.Articles;
using Reports.Core.Figures;

namespace Reports.Core.Tests.Aggregation;

/// <summary>
/// Twenty-sixth session, the events helper (docs/aggregation.md, "Twenty-sixth session"): a governor's post that names
/// only a village the gazetteer does not know is about his region (gazetteer <c>officials</c>); a town named before its
/// district ("Yaroun in the Bint Jbeil district") is the figure's place, the district only locates it (gazetteer
/// <c>districts</c>, <c>districtsAfter</c>); Manbij is a place of its own, so a toll that rose there the next day updates
/// the day before's. Sentences written for these tests.
/// </summary>
public sealed class TwentySixthEventsTests
{
    // A Friday.
    private static readonly DateOnly Day = new(2026, 8, 14);

    private readonly ArticleAnalyzer analyzer = new();

    [Theory]
    // The post named no place the gazetteer knows, so the toll had none and joined any event of its number.
    [InlineData("ru", "Вячеслав Гладков: в селе Безымено Грайворонского округа дрон атаковал машину. Ранены три человека, их доставили в больницу.", "ru/belgorod-oblast")]
    [InlineData("uk", "Іван Федоров: унаслідок удару КАБом по селу Малокатеринівка поранені 3 людини.", "ua/zaporizhzhia-oblast")]
    [InlineData("en", "Acting governor Alexander Khinshtein said three people were wounded when a drone hit a bus near the village of Tyotkino.", "ru/kursk-oblast")]
    [InlineData("de", "Im Dorf Golowtschino sind nach Angaben von Gouverneur Wjatscheslaw Gladkow drei Menschen bei einem Drohnenangriff verletzt worden.", "ru/belgorod-oblast")]
    [InlineData("fr", "Selon le gouverneur Oleksandr Prokudin, trois personnes ont été blessées dans le village de Bilozerka.", "ua/kherson-oblast")]
    [InlineData("es", "Tres personas resultaron heridas en un ataque ruso contra la localidad de Sviatohirsk, informó el gobernador Vadym Filashkin.", "ua/donetsk-oblast")]
    [InlineData("ar", "قال حاكم المنطقة فياتشيسلاف غلادكوف إن 3 أشخاص أصيبوا في هجوم بطائرة مسيرة على قرية غولوفتشينو.", "ru/belgorod-oblast")]
    // Negative: a place the sentence names stays the figure's.
    [InlineData("ru", "Вячеслав Гладков: в Шебекино в результате удара дрона ранены три человека.", "ru/belgorod-oblast/shebekino")]
    [InlineData("en", "Three people were wounded in Kharkiv, Ihor Terekhov said, while governor Oleh Syniehubov reported strikes on Chuhuiv.", "ua/kharkiv-oblast/kharkiv")]
    public void Analyze_AGovernorsPostNamingOnlyAnUnknownVillage_IsHisRegions(string language, string text, string place)
    {
        var analysis = analyzer.Analyze(new ArticleText(text, null));
        Assert.Equal(language, analysis.Language);
        Assert.Equal(place, Assert.Single(analysis.Figures, f => f.Kind == FigureKind.Injured).Place);
    }

    [Fact]
    public void Analyze_AnUnknownVillageAndNoOfficial_HasNoPlace()
    {
        // Negative: with no official named, the village the gazetteer does not know gives no place (as before).
        var analysis = analyzer.Analyze(new ArticleText("В селе Безымено дрон атаковал машину. Ранены три человека.", null));
        Assert.Null(Assert.Single(analysis.Figures, f => f.Kind == FigureKind.Injured).Place);
    }

    [Fact]
    public void Build_AGovernorsVillagePostAndAnotherRegionsEqualToll_AreTwoEvents()
    {
        // The post's two injured had no place and joined Kherson's two: one event of 2 for two of 4.
        var briefing = Build(
            ("Вячеслав Гладков: дрон атаковал машину\n\nВ селе Безымено Грайворонского округа FPV-дрон атаковал легковой автомобиль. Ранены двое мужчин.", Day),
            ("Shelling of Kherson\n\nTwo people were injured when Russian shelling hit Kherson on Friday, the regional administration said.", Day));

        var injured = briefing.Totals.Single(t => t.Kind == FigureKind.Injured);
        Assert.Equal((4L, 2), (injured.Headline, injured.Events));
    }

    [Theory]
    // The number stood nearer the district than the town, so the toll was the district town's (a sibling in the tree):
    // outlets that wrote the number first filed it under Yaroun, and the one strike made two events.
    [InlineData("en", "An Israeli drone strike on a car in the town of Yaroun in the Bint Jbeil district killed two people on Sunday.")]
    [InlineData("de", "Bei einem israelischen Drohnenangriff auf ein Auto in Yarun im Bezirk Bint Dschbeil wurden am Sonntag zwei Menschen getötet.")]
    [InlineData("fa", "در حمله پهپادی اسرائیل به یارون در شهرستان بنت جبیل ۲ نفر کشته شدند.")]
    [InlineData("ru", "В Яруне в округе Бинт-Джбейль израильский беспилотник убил двух человек.")]
    [InlineData("ar", "أدت غارة إسرائيلية على بلدة يارون في قضاء بنت جبيل إلى استشهاد 2.")]
    [InlineData("es", "Un ataque con dron israelí en Yarún, en el distrito de Bint Jbeil, mató el domingo a dos personas.")]
    [InlineData("fr", "Une frappe de drone israélien à Yaroun, dans le caza de Bint Jbeil, a tué deux personnes dimanche.")]
    [InlineData("id", "Serangan pesawat nirawak Israel di Yaroun, distrik Bint Jbeil, pada Minggu menewaskan dua orang.")]
    // (Already so: the number before both places.)
    [InlineData("vi", "Hai người thiệt mạng trong cuộc tấn công bằng UAV của Israel vào Yaroun thuộc huyện Bint Jbeil hôm Chủ nhật.")]
    public void Analyze_ATownNamedBeforeItsDistrict_IsTheFiguresPlace(string language, string text)
    {
        var analysis = analyzer.Analyze(new ArticleText(text, null));
        Assert.Equal(language, analysis.Language);
        Assert.Equal("lb/south/yaroun", Assert.Single(analysis.Figures, f => f.Kind == FigureKind.Killed).Place);
    }

    [Theory]
    // Negative: a district with no town before it, or after a wider place, stays the figure's place.
    [InlineData("An Israeli strike in the Bint Jbeil district killed two people on Sunday.", "lb/south/bint-jbeil")]
    [InlineData("An Israeli strike in Lebanon's Bint Jbeil district killed two people on Sunday.", "lb/south/bint-jbeil")]
    [InlineData("An Israeli strike on a house in Bint Jbeil killed two people, a day after a strike on Yaroun.", "lb/south/bint-jbeil")]
    public void Analyze_ADistrictWithNoTownBeforeIt_StaysThePlace(string text, string place)
    {
        var analysis = analyzer.Analyze(new ArticleText(text, null));
        Assert.Equal(place, Assert.Single(analysis.Figures, f => f.Kind == FigureKind.Killed).Place);
    }

    [Fact]
    public void Build_ATollThatRoseInManbijTheNextDay_UpdatesTheDayBefores()
    {
        // Manbij was unknown, so the next day's "ist auf neun gestiegen" had only Syria for its place, updated nothing and
        // was counted beside the day before's seven; its wounded, dated by the statement's "am Montag", stayed Monday's
        // (and in Aleppo, where the health authorities sit).
        var sunday = Day.AddDays(9);
        var briefing = BriefingHarness.Build(analyzer, new Period(sunday.AddDays(-1), sunday.AddDays(2)),
            ("Car bomb kills seven in Manbij\n\nA car bomb exploded in the northern Syrian city of Manbij on Sunday, killing seven civilians and wounding 15, state media reported.", sunday),
            ("Syrien: Zahl der Toten steigt auf neun\n\nNach der Explosion einer Autobombe in der nordsyrischen Stadt Manbidsch ist die Zahl der Toten auf neun gestiegen. 20 Menschen seien verletzt worden, teilten die Gesundheitsbehörden in Aleppo am Montag mit.", sunday.AddDays(1)));

        var killed = briefing.Totals.Single(t => t.Kind == FigureKind.Killed);
        Assert.Equal((9L, 1), (killed.Headline, killed.Events));
        var injured = briefing.Totals.Single(t => t.Kind == FigureKind.Injured);
        Assert.Equal((20L, 1), (injured.Headline, injured.Events));
    }

    [Fact]
    public void Build_ALaterReportsOtherAttackOnItsOwnDay_StaysThatDays()
    {
        // Negative: a toll its sentence says is another attack's keeps the day its weekday names.
        var sunday = Day.AddDays(9);
        var briefing = BriefingHarness.Build(analyzer, new Period(sunday.AddDays(-1), sunday.AddDays(2)),
            ("Car bomb kills seven in Manbij\n\nA car bomb exploded in the northern Syrian city of Manbij on Sunday, killing seven civilians and wounding 15, state media reported.", sunday),
            ("Syrien: Zahl der Toten steigt auf neun\n\nNach der Explosion einer Autobombe in der nordsyrischen Stadt Manbidsch ist die Zahl der Toten auf neun gestiegen. Bei einem weiteren Angriff in Manbidsch wurden am Montag 15 Menschen verletzt.", sunday.AddDays(1)));

        var injured = briefing.Totals.Single(t => t.Kind == FigureKind.Injured);
        Assert.Equal((30L, 2), (injured.Headline, injured.Events));
    }

    [Theory]
    // "منبج بريف حلب" (Manbij in the Aleppo countryside) read as a list of two places, so the toll was Syria's and held
    // every Syrian toll of the day.
    [InlineData("ar", "قتل 7 مدنيين وأصيب 15 آخرون بجروح جراء انفجار سيارة مفخخة في مدينة منبج بريف حلب الشرقي ظهر اليوم الأحد.")]
    [InlineData("en", "A car bomb killed seven civilians in Manbij in the eastern Aleppo countryside on Sunday.")]
    public void Analyze_ATownInACitysCountryside_IsTheTowns(string language, string text)
    {
        var analysis = analyzer.Analyze(new ArticleText(text, null));
        Assert.Equal(language, analysis.Language);
        Assert.Equal("sy/manbij", Assert.Single(analysis.Figures, f => f.Kind == FigureKind.Killed).Place);
    }

    [Theory]
    // The named town's toll, near the city by its distance, was a part of the city's toll in the same article: 2 for 3.
    [InlineData("en", "A Russian missile strike on Zaporizhzhia on Friday killed two people, the governor said. In the town of Vilniansk, about 30 km north of the city, one man was killed when a drone hit his car.")]
    [InlineData("uk", "Унаслідок ракетного удару по Запоріжжю в п'ятницю загинули двоє людей. У місті Вільнянськ, за 30 км на північ від Запоріжжя, загинув 1 чоловік.")]
    [InlineData("ru", "В результате ракетного удара по Запорожью в пятницу погибли два человека. В городе Вольнянск, в 30 км к северу от Запорожья, погиб 1 человек.")]
    [InlineData("fr", "Une frappe de missile russe sur Zaporijjia a tué deux personnes vendredi. Dans la ville de Vilniansk, à 30 km au nord de Zaporijjia, une personne a été tuée et trois autres blessées.")]
    public void Build_ANamedTownNearACityInTheCitysArticle_IsAnEventOfItsOwn(string language, string text)
    {
        var briefing = Build(("Zaporizhzhia\n\n" + text, Day));

        var killed = briefing.Totals.Single(t => t.Kind == FigureKind.Killed);
        Assert.Equal((3L, 2), (killed.Headline, killed.Events));
        Assert.NotEqual("", language);
    }

    [Fact]
    public void Build_AnUnnamedVillageNearACityInTheCitysArticle_StaysAPart()
    {
        // Negative: "a village north of the city" names no place of its own; the city's toll counts its area.
        var briefing = Build(("Zaporizhzhia\n\nRussian attacks on the Zaporizhzhia area on Friday killed five people, the governor said. Two of them were killed in a village about 20 km north of Zaporizhzhia.", Day));

        var killed = briefing.Totals.Single(t => t.Kind == FigureKind.Killed);
        Assert.Equal((5L, 1), (killed.Headline, killed.Events));
    }

    private Reports.Core.Briefings.Briefing Build(params (string Text, DateOnly Published)[] articles) =>
        BriefingHarness.Build(analyzer, new Period(Day.AddDays(-2), Day.AddDays(2)), articles);
}
