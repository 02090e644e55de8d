using Reports.Core.Aggregation;
using Reports.Core.Analysis;
using Reports.Core.Articles;
using Reports.Core.Figures;

namespace Reports.Core.Tests.Aggregation;

/// <summary>
/// Twenty-fifth session, the events helper (docs/aggregation.md, "Twenty-fifth session"): a day's toll that sums two
/// strikes of different times is no third event; a downed part of weapons "tirés par l'Iran", "vom Iran abgefeuerte" is
/// where they flew; the Gulf of Aden is a sea of its own, and a downed count placed only by the article's sea is of the
/// launched count before it that can hold it. Sentences written for these tests.
/// </summary>
public sealed class TwentyFifthEventsTests
{
    // A Tuesday.
    private static readonly DateOnly Day = new(2026, 7, 7);

    private readonly ArticleAnalyzer analyzer = new();

    [Theory]
    // The day's five (no time of its own) took the evening's three or the morning's three as a part and joined that
    // strike's event, so the other strike was counted beside it: 7 (or 8) killed, not 5.
    [InlineData("en", "Russian attacks on Kherson killed five people on Tuesday. Three people were killed in a drone attack in the morning, and in the evening shelling hit the city again, killing two.")]
    [InlineData("uk", "Російські атаки на Херсон у вівторок забрали життя п'ятьох людей. Вранці внаслідок атаки дрона загинули троє людей, а ввечері під час обстрілу загинули двоє людей.")]
    [InlineData("ru", "В результате атак на Херсон во вторник погибли пять человек. Утром при атаке дрона погибли три человека, вечером в результате обстрела погибли два человека.")]
    [InlineData("de", "Bei russischen Angriffen auf Cherson sind am Dienstag fünf Menschen getötet worden. Am Morgen wurden bei einem Drohnenangriff drei Menschen getötet, am Abend wurden bei Artilleriebeschuss zwei Menschen getötet.")]
    [InlineData("fr", "Les attaques russes sur Kherson ont fait cinq morts mardi. Le matin, une attaque de drone a tué trois personnes ; le soir, des tirs d'artillerie ont tué deux personnes.")]
    [InlineData("es", "Los ataques rusos contra Jersón mataron a cinco personas el martes. Por la mañana, un ataque con drones mató a tres personas, y por la noche un bombardeo mató a dos personas.")]
    // The time nearest a toll was the next clause's ("Am Morgen … drei Menschen getötet, am Abend …"): a time in the toll's
    // own clause comes first, then one before it, then one after a clause break or a join ("… کشته شدند و عصر …").
    [InlineData("ar", "قتل خمسة أشخاص في هجمات روسية على خيرسون يوم الثلاثاء. وفي الصباح قتل ثلاثة أشخاص في هجوم بطائرة مسيرة، وفي المساء قتل شخصان في قصف مدفعي.")]
    [InlineData("fa", "در حملات روسیه به خرسون در روز سه‌شنبه پنج نفر کشته شدند. صبح در حمله پهپادی سه نفر کشته شدند و عصر در گلوله‌باران دو نفر کشته شدند.")]
    [InlineData("id", "Serangan Rusia di Kherson pada Selasa menewaskan lima orang. Pada pagi hari, serangan drone menewaskan tiga orang, dan pada malam hari penembakan menewaskan dua orang.")]
    [InlineData("vi", "Các cuộc tấn công của Nga vào Kherson hôm thứ Ba làm 5 người thiệt mạng. Buổi sáng, một cuộc tấn công bằng UAV làm 3 người chết, và buổi tối pháo kích làm 2 người chết.")]
    public void Build_ADaysTollOfTwoStrikesAtDifferentTimes_CountsEachStrikeOnce(string language, string text)
    {
        var briefing = Build(
            ("Kherson\n\n" + text, Day),
            ("Drone attack on Kherson\n\nThree people were killed in a Russian drone attack on Kherson on Tuesday morning, the governor said.", Day),
            ("Shelling of Kherson\n\nTwo people were killed when Russian shelling hit Kherson on Tuesday evening, the governor said.", Day));

        var killed = briefing.Totals.Single(t => t.Kind == FigureKind.Killed);
        Assert.Equal((5L, 2), (killed.Headline, killed.Events));
        Assert.NotEqual("", language);
    }

    [Theory]
    // The time of each toll in a sentence of two: its own clause's, else the one before it.
    [InlineData("de", "Am Morgen wurden bei einem Drohnenangriff drei Menschen getötet, am Abend wurden zwei Menschen getötet.", 8, 20)]
    [InlineData("fa", "صبح در حمله پهپادی سه نفر کشته شدند و عصر در گلوله‌باران دو نفر کشته شدند.", 8, 15)]
    [InlineData("en", "A drone hit a house in the morning, killing three, and in the evening shelling killed two.", 8, 20)]
    // Negative: a sentence of one time gives it to every toll, after a break too.
    [InlineData("en", "Two people were killed and four injured, at around 21:30, when a drone hit a house.", 21, 21)]
    public void Hours_TwoTollsOfTwoTimesInOneSentence_TakeTheirOwnClausesTime(string language, string sentence, int first, int second)
    {
        var figures = analyzer.Analyze(new ArticleText(sentence, null)).Figures.Where(f => f.Kind is FigureKind.Killed or FigureKind.Injured).OrderBy(f => f.Offset).ToList();
        Assert.Equal(2, figures.Count);
        Assert.NotEqual(0, DayTimes.Default.Hours(figures[0], language) & (1 << first));
        Assert.NotEqual(0, DayTimes.Default.Hours(figures[1], language) & (1 << second));
        Assert.False(first != second && (DayTimes.Default.Hours(figures[0], language) & (1 << second)) != 0);
    }

    [Theory]
    // Negative: parts of no time ("including two children") or of one time leave the day's toll one event.
    [InlineData("Russian attacks on Kherson killed five people on Tuesday, including two children.")]
    [InlineData("Russian attacks on Kherson killed five people on Tuesday morning: three in a drone attack and two in shelling of the port.")]
    public void Build_ADaysTollWhosePartsGiveNoDifferentTimes_StaysOneEvent(string text)
    {
        var briefing = Build(
            ("Kherson\n\n" + text, Day),
            ("Drone attack on Kherson\n\nThree people were killed in a Russian drone attack on Kherson on Tuesday, the governor said.", Day));

        var killed = briefing.Totals.Single(t => t.Kind == FigureKind.Killed);
        Assert.Equal((5L, 1), (killed.Headline, killed.Events));
    }

    [Theory]
    // "tirés par l'Iran, dont 31 interceptés": the elided article after "par" hid the launcher, so Iran was the one
    // country the downing sentence named, and the 31 were Iran's own downings (a second event beside Israel's).
    [InlineData("fr", "L'armée israélienne a fait état de 35 missiles balistiques tirés par l'Iran, dont 31 interceptés. Trois personnes ont été tuées à Beersheba.")]
    [InlineData("fr", "Selon l'armée israélienne, sur les 35 missiles lancés par l'Iran, 31 ont été interceptés. Trois personnes ont été tuées à Beersheba.")]
    // German puts the launcher before its participle: "vom Iran abgefeuerte Raketen".
    [InlineData("de", "Die israelische Armee zählte 35 vom Iran abgefeuerte ballistische Raketen, von denen 31 abgefangen wurden. In Beerscheba wurden drei Menschen getötet.")]
    // (Already so: the languages whose launcher phrase was known.)
    [InlineData("en", "The Israeli military counted 35 ballistic missiles fired by Iran overnight, of which 31 were intercepted. Three people were killed in Beersheba.")]
    [InlineData("es", "El ejército israelí contabilizó 35 misiles balísticos lanzados por Irán, de los cuales 31 fueron interceptados. Tres personas murieron en Beerseba.")]
    [InlineData("ru", "Армия обороны Израиля насчитала 35 баллистических ракет, выпущенных Ираном, из них 31 перехвачена. В Беэр-Шеве погибли три человека.")]
    public void Analyze_ADownedPartOfMissilesLaunchedByACountry_IsTheTargets(string language, string text)
    {
        var analysis = analyzer.Analyze(new ArticleText(text, null));
        Assert.Equal(language, analysis.Language);
        Assert.Equal("il", Assert.Single(analysis.Figures, f => f.Kind == FigureKind.MissilesLaunched).Place);
        Assert.Equal("il", Assert.Single(analysis.Figures, f => f.Kind == FigureKind.MissilesDowned).Place);
    }

    [Theory]
    // Negative: a country's own downings stay its own.
    [InlineData("fa", "پدافند هوایی ایران ۱۴ پهپاد اسرائیلی را در آسمان تبریز رهگیری کرد.", "ir")]
    [InlineData("en", "Iran's air defences said they had intercepted 14 Israeli drones over Tabriz.", "ir")]
    public void Analyze_ACountrysOwnDownings_StayItsOwn(string language, string sentence, string place)
    {
        var analysis = analyzer.Analyze(new ArticleText(sentence, null));
        Assert.Equal(language, analysis.Language);
        Assert.StartsWith(place, Assert.Single(analysis.Figures, f => f.Kind == FigureKind.DronesDowned).Place, StringComparison.Ordinal);
    }

    [Theory]
    // The Gulf of Aden was a name of the Red Sea, so two ballistic missiles at a ship there were a part of the three
    // cruise missiles at a carrier in the Red Sea: one attack of the two.
    [InlineData("en", "The Houthis fired two ballistic missiles at a merchant ship in the Gulf of Aden on Thursday.", "sea/gulf-of-aden")]
    [InlineData("fr", "Les Houthis ont tiré jeudi deux missiles balistiques sur un navire marchand dans le golfe d'Aden.", "sea/gulf-of-aden")]
    [InlineData("es", "Los hutíes dispararon el jueves dos misiles balísticos contra un buque mercante en el golfo de Adén.", "sea/gulf-of-aden")]
    [InlineData("ar", "أطلق الحوثيون صاروخين باليستيين على سفينة تجارية في خليج عدن يوم الخميس.", "sea/gulf-of-aden")]
    [InlineData("id", "Houthi menembakkan dua rudal balistik ke sebuah kapal dagang di Teluk Aden pada Kamis.", "sea/gulf-of-aden")]
    [InlineData("ru", "Хуситы выпустили две баллистические ракеты по торговому судну в Аденском заливе.", "sea/gulf-of-aden")]
    // A ship off Aden is in the gulf; the Red Sea and Bab el-Mandeb stay the Red Sea.
    [InlineData("en", "UKMTO said two missiles landed near a vessel 60 nautical miles south-east of Aden.", "sea/gulf-of-aden")]
    [InlineData("en", "The Houthis fired two ballistic missiles at a merchant ship in the Red Sea on Thursday.", "sea/red-sea")]
    [InlineData("en", "The Houthis fired two ballistic missiles at a merchant ship near the Bab el-Mandeb strait on Thursday.", "sea/red-sea")]
    public void Analyze_TheGulfOfAden_IsASeaOfItsOwn(string language, string sentence, string place)
    {
        var analysis = analyzer.Analyze(new ArticleText(sentence, null));
        Assert.Equal(language, analysis.Language);
        Assert.Equal(place, Assert.Single(analysis.Figures, f => f.Kind == FigureKind.MissilesLaunched).Place);
    }

    [Theory]
    // Arabic locates a place from a town by the bare direction in construct ("بلدة … جنوب جنين", south of Jenin), which was
    // no direction: the toll was Jenin's, while the outlets that wrote "south of Jenin", "близ Дженина" filed it near it.
    [InlineData("قتل شخصان برصاص الجيش الإسرائيلي خلال اقتحام بلدة يعبد جنوب غرب جنين.", "ps/west-bank/near-jenin")]
    // (Already so where the gazetteer binds the town's name to the direction: "شمال الأبيض".)
    [InlineData("أصيب أربعة أشخاص في قصف استهدف قرية الزرقاء شمال الأبيض.", "sd/kordofan/near-el-obeid")]
    // A known place before the direction is where it happened: "المواصي غرب خان يونس" was Gaza's (both places, no town).
    [InlineData("قتل ثلاثة نازحين في قصف خيمة في منطقة المواصي غرب خان يونس.", "ps/gaza/mawasi")]
    // Negative: a direction after a preposition is a part of the town ("in southern Khan Younis"), and a known place before
    // a direction keeps the figure.
    [InlineData("قتل ثلاثة أشخاص في قصف على جنوب خان يونس.", "ps/gaza/khan-younis")]
    [InlineData("قتل خمسة أشخاص في قصف منزل في بيت لاهيا شمال قطاع غزة.", "ps/gaza/beit-lahia")]
    // Negative: a camp located so is the town's, as a camp "near" it is (outlets write "in Nablus"); a military camp too.
    [InlineData("قتل شابان برصاص الجيش الإسرائيلي خلال اقتحام مخيم عسكر شرق نابلس.", "ps/west-bank/nablus")]
    [InlineData("قتل جنديان في هجوم بمسيرة على معسكر للجيش شمال أم درمان.", "sd/khartoum/omdurman")]
    public void Analyze_AnArabicBareDirectionFromATown_IsNearTheTown(string sentence, string place)
    {
        var analysis = analyzer.Analyze(new ArticleText(sentence, null));
        Assert.Equal("ar", analysis.Language);
        Assert.Equal(place, analysis.Figures.First(f => f.Kind is FigureKind.Killed or FigureKind.Injured).Place);
    }

    [Fact]
    public void Build_AttacksInTheRedSeaAndTheGulfOfAden_AreTwoEventsAndTheDownedCountsTheRedSeas()
    {
        // The article's title names the gulf, so its undated downed counts (placed by the article's sea) were the gulf's:
        // a second event beside CENTCOM's over the Red Sea. They are of the launched count before them that can hold
        // them: the carrier's in the Red Sea (three cruise missiles), not the two ballistic missiles at the ship.
        var briefing = Build(
            ("Houthis say they attacked US carrier, ship in Gulf of Aden\n\nThe Houthis said on Tuesday they had targeted a U.S. aircraft carrier in the Red Sea with 11 drones and three cruise missiles and fired two ballistic missiles at a merchant ship in the Gulf of Aden. The U.S. military said it had downed eight drones and three cruise missiles.", Day),
            ("CENTCOM downs Houthi drones\n\nU.S. Central Command said its forces shot down eight drones and three anti-ship cruise missiles launched by the Houthis over the Red Sea on Tuesday.", Day));

        Assert.Equal((5L, 2), Total(briefing, FigureKind.MissilesLaunched));
        Assert.Equal((3L, 1), Total(briefing, FigureKind.MissilesDowned));
        Assert.Equal((8L, 1), Total(briefing, FigureKind.DronesDowned));
    }

    private static (long Headline, int Events) Total(Reports.Core.Briefings.Briefing briefing, FigureKind kind)
    {
        var total = briefing.Totals.Single(t => t.Kind == kind);
        return (total.Headline, total.Events);
    }

    private Reports.Core.Briefings.Briefing Build(params (string Text, DateOnly Published)[] articles) =>
        BriefingHarness.Build(analyzer, new Period(Day.AddDays(-2), Day.AddDays(2)), articles);
}
