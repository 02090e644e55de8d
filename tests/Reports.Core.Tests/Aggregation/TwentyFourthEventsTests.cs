using Reports.Core.Aggregation;
using Reports.Core.Analysis;
using Reports.Core.Articles;
using Reports.Core.Figures;

namespace Reports.Core.Tests.Aggregation;

/// <summary>
/// Twenty-fourth session, the events helper (docs/aggregation.md, "Twenty-fourth session"): places the gazetteer does not
/// know, named by their noun ("the village of Um Kuraydim", "thị trấn Bara") or located from a town it knows ("west of El
/// Obeid"); a headline's undated figure does not lead the article's day; places of Myanmar, Blida, Idlib and spellings of
/// El Fasher; Indonesian "pada Minggu". Sentences written for these tests.
/// </summary>
public sealed class TwentyFourthEventsTests
{
    // A Sunday and the Monday after it.
    private static readonly DateOnly Day = new(2026, 6, 14);
    private static readonly DateOnly Morning = Day.AddDays(1);

    private readonly ArticleAnalyzer analyzer = new();

    [Theory]
    // The headline's "near El Obeid" was the antecedent of "the village", so the village's toll was El Obeid's, while the
    // outlets that wrote "40 km west of El Obeid" filed it near the town: two events.
    [InlineData("en", "RSF attack on village near El Obeid kills 11\n\nFighters attacked the village of Um Kuraydim, about 40 kilometres west of El Obeid, on Sunday, killing 11 villagers.")]
    [InlineData("fr", "Un village près d'El Obeid attaqué\n\nLes FSR ont attaqué dimanche le village d'Oum Kouraydim, à 40 kilomètres à l'ouest d'El Obeid, tuant onze villageois.")]
    [InlineData("es", "Ataque contra una aldea cerca de El Obeid\n\nOnce aldeanos murieron el domingo en un ataque de las FAR contra el pueblo de Um Kuraydim, a 40 kilómetros al oeste de El Obeid.")]
    public void Analyze_AVillageNamedByItsNounAfterAHeadlinesNear_IsNearTheTown(string language, string text)
    {
        var analysis = analyzer.Analyze(new ArticleText(text, null));
        Assert.Equal(language, analysis.Language);
        Assert.Equal("sd/kordofan/near-el-obeid", Assert.Single(analysis.Figures, f => f.Kind == FigureKind.Killed).Place);
    }

    [Theory]
    // Negative: an anaphor with no name after it is still the place named before it.
    [InlineData("en", "A Russian drone hit Vovchansk overnight. Two people were killed in the town on Tuesday.", "ua/kharkiv-oblast/vovchansk")]
    [InlineData("uk", "Уночі російський дрон влучив у Вовчанськ. У місті загинули двоє людей.", "ua/kharkiv-oblast/vovchansk")]
    public void Analyze_AnAnaphorWithoutAName_IsThePlaceBefore(string language, string text, string place)
    {
        var analysis = analyzer.Analyze(new ArticleText(text, null));
        Assert.Equal(language, analysis.Language);
        Assert.Equal(place, Assert.Single(analysis.Figures, f => f.Kind == FigureKind.Killed).Place);
    }

    [Theory]
    // A place the gazetteer does not know, located by a direction from a town it knows, is near that town, as one
    // located by a distance is (it was the town's).
    [InlineData("en", "A drone strike on a market in the town of Bara, north of El Obeid, killed nine people.")]
    [InlineData("en", "In a separate attack, four villagers were killed in Kazgil, south of El Obeid.")]
    [InlineData("de", "In einem Dorf westlich von El Obeid töteten die Kämpfer am Sonntag elf Bewohner.")]
    [InlineData("es", "Un ataque contra un mercado de Bara, al norte de El Obeid, mató a nueve personas.")]
    [InlineData("fr", "Une frappe contre le marché de Bara, au nord d'El Obeid, a tué neuf personnes.")]
    [InlineData("id", "Serangan drone di pasar kota Bara, sebelah utara El Obeid, menewaskan sembilan orang.")]
    // (Indonesian "kota" is no place noun here: "Wali kota Vitali Klitschko" is the mayor.)
    [InlineData("ru", "Атака беспилотников на рынок в городе Бара к северу от Эль-Обейда унесла жизни девяти человек.")]
    [InlineData("ar", "قتل تسعة مدنيين في هجوم بمسيرة على سوق مدينة بارا شمال الأبيض.")]
    [InlineData("fa", "در حمله پهپادی به بازاری در شهر بارا در شمال الابیض ۹ غیرنظامی کشته شدند.")]
    public void Analyze_AnUnknownPlaceLocatedFromATown_IsNearTheTown(string language, string sentence)
    {
        var analysis = analyzer.Analyze(new ArticleText(sentence, null));
        Assert.Equal(language, analysis.Language);
        Assert.Equal("sd/kordofan/near-el-obeid", Assert.Single(analysis.Figures, f => f.Kind == FigureKind.Killed).Place);
    }

    [Theory]
    // A toll whose sentence names only a place the gazetteer does not know (by its noun) is somewhere in the article's
    // country: it joins the outlets' toll of that place rather than making one of the town the article names most.
    [InlineData("vi", "Quân đội Sudan cho biết đã bắn hạ 8 UAV trên bầu trời El Obeid tối Chủ nhật. Trước đó cùng ngày, 9 dân thường thiệt mạng trong cuộc tấn công vào chợ ở thị trấn Bara.")]
    [InlineData("en", "Sudan's army said it shot down eight drones over El Obeid on Sunday evening. Earlier that day, nine civilians were killed in a drone strike on the market in the town of Bara.")]
    [InlineData("uk", "Армія Судану заявила, що в неділю збила 8 дронів над Ель-Обейдом. Того ж дня у селі Умм-Курайдім загинули 9 мирних жителів.")]
    public void Build_ATollInAnUnknownNamedPlace_JoinsThatPlacesToll(string language, string text)
    {
        var briefing = Build(
            ("Strike on Bara\n\nA drone strike on a market in the town of Bara, north of El Obeid, killed nine people on Sunday.", Day),
            ("El Fasher\n\nRSF shelling killed five people in El Fasher on Sunday.", Day),
            ("Army downs drones\n\n" + text, Day));

        var killed = briefing.Totals.Single(t => t.Kind == FigureKind.Killed);
        Assert.Equal((14L, 2), (killed.Headline, killed.Events));
        Assert.NotEqual("", language);
    }

    [Theory]
    // A toll the article says is another attack's was a part of the article's larger toll of the same place (both near
    // El Obeid), so the second village's four dead were never counted.
    [InlineData("en", "Seven people were killed when the RSF shelled the village of Um Sumeima, 15 km west of El Obeid, on Sunday. In a separate attack, four villagers were killed in Kazgil, south of El Obeid.")]
    [InlineData("de", "Sieben Menschen wurden am Sonntag in einem Dorf 15 km westlich von El Obeid getötet. Bei einem weiteren Angriff wurden in einem Dorf 20 km südlich von El Obeid vier Bewohner getötet.")]
    [InlineData("es", "Siete personas murieron el domingo en el pueblo de Um Sumeima, a 15 km al oeste de El Obeid. En otro ataque, cuatro aldeanos murieron en Kazgil, al sur de El Obeid.")]
    [InlineData("ar", "قتل سبعة أشخاص في قصف على قرية أم صميمة على بعد 15 كيلومترا غرب مدينة الأبيض. وفي هجوم آخر، قتل أربعة قرويين في قرية كازقيل على بعد 20 كيلومترا جنوب مدينة الأبيض.")]
    [InlineData("ru", "Семь человек погибли в результате обстрела села Умм-Сумейма в 15 км к западу от Эль-Обейда. В результате другого удара в 20 км к югу от Эль-Обейда погибли четыре жителя.")]
    public void Build_ATollOfASeparateAttack_IsNoPartOfTheArticlesLargerToll(string language, string text)
    {
        var briefing = Build(
            ("RSF attacks\n\n" + text, Day),
            ("Um Sumeima\n\nSeven people were killed on Sunday in an RSF attack on a village 15 km west of El Obeid, officials said.", Day));

        var killed = briefing.Totals.Single(t => t.Kind == FigureKind.Killed);
        Assert.Equal((11L, 2), (killed.Headline, killed.Events));
        Assert.NotEqual("", language);
    }

    [Fact]
    public void Build_ASeparateAttackInsideTheArticlesRegion_StaysAPartOfTheRegionsToll()
    {
        // Negative: a city's toll "in another attack" beside its region's day stays a part of the region's toll.
        var briefing = Build(
            ("Kharkiv region\n\nRussian attacks killed five people in the Kharkiv region on Sunday. In another attack, two people were killed in Kharkiv.", Day));

        var killed = briefing.Totals.Single(t => t.Kind == FigureKind.Killed);
        Assert.Equal((5L, 1), (killed.Headline, killed.Events));
    }

    [Theory]
    // Negative: an unknown village in an article about a region stays the region's (it is most often in it).
    [InlineData("fr", "Attaque dans la région de Belgorod\n\nDans le village de Krasnoïarovo, près de la frontière, deux civils ont été tués par un drone, a affirmé le gouverneur.", "ru/belgorod-oblast")]
    [InlineData("uk", "Атака на Сумщину\n\nУ селі Кучерівка загинули двоє людей, повідомила обласна адміністрація.", "ua/sumy-oblast")]
    public void Analyze_AnUnknownVillageInAnArticleAboutARegion_IsTheRegions(string language, string text, string place)
    {
        var analysis = analyzer.Analyze(new ArticleText(text, null));
        Assert.Equal(language, analysis.Language);
        Assert.Equal(place, Assert.Single(analysis.Figures, f => f.Kind == FigureKind.Killed).Place);
    }

    [Fact]
    public void Analyze_ATollWithNoPlaceNamed_KeepsTheArticlesPlace()
    {
        // Negative: a sentence that names no place at all is still the article's main place's.
        var figures = analyzer.Analyze(new ArticleText("El Obeid\n\nSudan's army said it shot down eight drones over El Obeid on Sunday evening. Earlier that day, nine civilians were killed in a drone strike on a market.", null)).Figures;
        Assert.Equal("sd/kordofan/el-obeid", Assert.Single(figures, f => f.Kind == FigureKind.Killed).Place);
    }

    [Theory]
    // A headline's figure that dates nothing led the article, so a report filed on Monday about Sunday's attacks was
    // Monday's: its towns' tolls were counted again beside Sunday's.
    [InlineData("Sudan: Dutzende Tote bei Angriffen\n\nBei Angriffen der RSF sind am Sonntag im Sudan mindestens 20 Menschen getötet worden. In Omdurman starben acht Menschen.")]
    [InlineData("Dozens killed in Sudan attacks\n\nRSF attacks killed at least 20 people across Sudan on Sunday. In Omdurman, eight people died.")]
    public void Build_AHeadlinesUndatedFigure_DoesNotLeadTheArticlesDay(string report)
    {
        var briefing = Build(
            ("Omdurman\n\nAn artillery shell struck a market in Omdurman on Sunday, killing eight people.", Day),
            (report, Morning));

        var killed = briefing.Totals.Single(t => t.Kind == FigureKind.Killed);
        Assert.Equal((20L, 1), (killed.Headline, killed.Events));
        Assert.Equal(Day, briefing.Events.Single(e => e.Kind == FigureKind.Killed).Day);
    }

    [Fact]
    public void Build_AnArticleWithNoDayStated_KeepsItsPublicationDay()
    {
        // Negative: nothing dates the body either, so the report is its publication day's.
        var briefing = Build(
            ("Omdurman\n\nAn artillery shell struck a market in Omdurman on Sunday, killing eight people.", Day),
            ("Dozens killed in Sudan attacks\n\nRSF attacks killed at least 20 people across Sudan. In Omdurman, eight people died.", Morning));

        Assert.Equal(Morning, briefing.Events.Single(e => e.Kind == FigureKind.Killed && e.Headline == 20).Day);
    }

    [Theory]
    [InlineData("en", "A military air strike on a village in Myanmar's Sagaing region killed 17 people on Sunday.", "mm/sagaing")]
    [InlineData("vi", "17 người thiệt mạng khi quân đội Myanmar không kích một ngôi làng ở vùng Sagaing hôm Chủ nhật.", "mm/sagaing")]
    [InlineData("en", "An Israeli strike on the border village of Blida killed five people on Saturday.", "lb/south/blida")]
    [InlineData("ar", "استشهد خمسة مواطنين في غارة إسرائيلية على بلدة بليدا الجنوبية.", "lb/south/blida")]
    [InlineData("ru", "В результате израильского удара по селу Блида на юге Ливана погибли пять человек.", "lb/south/blida")]
    [InlineData("en", "Air strikes on a village in Syria's Idlib countryside killed six civilians on Saturday.", "sy/idlib")]
    [InlineData("de", "In al-Faschir starben nach Angaben von Ärzten 19 Menschen.", "sd/darfur/el-fasher")]
    [InlineData("ru", "В Эль-Фашире в результате обстрела погибли пять человек.", "sd/darfur/el-fasher")]
    public void Analyze_PlacesAdded_AreFound(string language, string sentence, string place)
    {
        var analysis = analyzer.Analyze(new ArticleText(sentence, null));
        Assert.Equal(language, analysis.Language);
        Assert.Equal(place, Assert.Single(analysis.Figures, f => f.Kind == FigureKind.Killed && f.Value > 1).Place);
    }

    [Theory]
    // A city's Kyivskyi district ("Київському районі" of Kharkiv or Odesa) was read as the Kyiv region: the region's
    // names are now its feminine forms (область), not the adjective's every form.
    [InlineData("uk", "У Харкові загинули 2 людини — 1 у Київському районі, 1 у Салтівському районі.", "ua/kharkiv-oblast/kharkiv")]
    [InlineData("uk", "Уночі ворог атакував Харків. Внаслідок влучання в Київському районі поранені 3 людини.", "ua/kharkiv-oblast/kharkiv")]
    [InlineData("ru", "Ночью Харьков атаковали беспилотники. В Киевском районе ранены три человека.", "ua/kharkiv-oblast/kharkiv")]
    // Negatives: the region itself.
    [InlineData("uk", "Внаслідок атаки у Київській області поранені 5 людей.", "ua/kyiv-oblast")]
    [InlineData("uk", "Внаслідок нічної атаки на Київщині поранені 5 людей.", "ua/kyiv-oblast")]
    [InlineData("ru", "В результате атаки в Киевской области ранены пять человек.", "ua/kyiv-oblast")]
    public void Analyze_ACitysKyivskyiDistrict_IsNotTheKyivRegion(string language, string text, string place)
    {
        var analysis = analyzer.Analyze(new ArticleText(text, null));
        Assert.Equal(language, analysis.Language);
        Assert.All(analysis.Figures.Where(f => f.Kind is FigureKind.Injured or FigureKind.Killed && f.Value > 1), f => Assert.Equal(place, f.Place));
        Assert.NotEmpty(analysis.Figures);
    }

    [Theory]
    [InlineData("Serangan udara di sebuah desa di wilayah Sagaing pada Minggu menewaskan 18 orang, kata kelompok perlawanan pada Senin.", 1)]
    // Negative: "minggu lalu" is last week, read before the weekday.
    [InlineData("Serangan udara pada minggu lalu menewaskan 18 orang.", 7)]
    public void Resolve_IndonesianPadaMinggu_IsSunday(string evidence, int daysBack)
    {
        Assert.Equal(Morning.AddDays(-daysBack), EventDates.Default.Resolve(evidence, "id", Morning).Day);
    }

    [Theory]
    // A toll whose sentence gives no time took none, so the night's toll joined the city's 14:20 strike: the time of a
    // sentence before it in its paragraph (no toll between) is its time.
    [InlineData("uk", "Уночі ворог атакував Харків ударними БпЛА. Влучання зафіксовано в житловому секторі. Поранені 2 людини.", 2)]
    [InlineData("ru", "Ночью враг атаковал Харьков ударными беспилотниками. Ранены два человека.", 2)]
    [InlineData("en", "Russian drones attacked Kharkiv overnight. Two people were injured.", 2)]
    [InlineData("de", "In der Nacht griffen russische Drohnen Charkiw an. Zwei Menschen wurden verletzt.", 2)]
    [InlineData("fr", "Des drones russes ont attaqué Kharkiv dans la nuit. Deux personnes ont été blessées.", 2)]
    [InlineData("es", "Drones rusos atacaron Járkov durante la noche. Dos personas resultaron heridas.", 2)]
    [InlineData("id", "Drone Rusia menyerang Kharkiv pada malam hari. Dua orang terluka.", 2)]
    [InlineData("vi", "UAV Nga tấn công Kharkiv trong đêm. Hai người bị thương.", 2)]
    [InlineData("ar", "هاجمت مسيرات روسية مدينة خاركيف ليلا. وأصيب ثلاثة أشخاص.", 3)]
    [InlineData("fa", "پهپادهای روسیه شب گذشته به خارکیف حمله کردند. سه نفر زخمی شدند.", 3)]
    public void Build_ATollAfterASentenceWithItsTime_TakesThatTime(string language, string night, int injured)
    {
        var briefing = Build(
            ("Kharkiv\n\nAt 14:20 a Russian guided bomb hit Kharkiv, killing one person and injuring six.", Day),
            ("Kharkiv\n\n" + night, Day));

        var total = briefing.Totals.Single(t => t.Kind == FigureKind.Injured);
        Assert.Equal((6L + injured, 2), (total.Headline, total.Events));
        Assert.NotEqual("", language);
    }

    [Fact]
    public void Build_ATollInTheParagraphAfterATime_TakesNoTime()
    {
        // Negative: a time in another paragraph says nothing of the toll, which joins the city's strike of the day.
        var briefing = Build(
            ("Kharkiv\n\nAt 14:20 a Russian guided bomb hit Kharkiv, killing one person and injuring six.", Day),
            ("Kharkiv\n\nRussian drones attacked Kharkiv overnight.\n\nTwo people were injured.", Day));

        var total = briefing.Totals.Single(t => t.Kind == FigureKind.Injured);
        Assert.Equal((6L, 1), (total.Headline, total.Events));
    }

    private Reports.Core.Briefings.Briefing Build(params (string Text, DateOnly Published)[] articles) =>
        BriefingHarness.Build(analyzer, new Period(Day.AddDays(-2), Morning.AddDays(1)), articles);
}
