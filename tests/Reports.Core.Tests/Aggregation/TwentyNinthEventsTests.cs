using Reports.Core.Aggregation;
using Reports.Core.Analysis;
using Reports.Core.Articles;
using Reports.Core.Figures;
using Reports.Core.Tests.Figures;

namespace Reports.Core.Tests.Aggregation;

/// <summary>
/// Twenty-ninth session, the events helper (docs/aggregation.md, "Twenty-ninth session"). Sentences written for these
/// tests (no evaluation text).
/// </summary>
public sealed class TwentyNinthEventsTests
{
    // A Monday.
    private static readonly DateOnly Monday = new(2026, 11, 9);

    private readonly ArticleAnalyzer analyzer = new();

    // A toll that rose, filed the next morning, whose only date is the weekday of its own report ("… повідомив губернатор
    // у вівторок", "the governor said on Tuesday"): it was an event of Tuesday beside Monday's toll of the same city (7
    // killed, two events), since only an undated toll could be a risen toll of the day before.
    [Theory]
    [InlineData("en", "Kharkiv\n\nThe death toll in Kharkiv has risen to four, the governor said on Tuesday.")]
    [InlineData("de", "Charkiw\n\nDie Zahl der Toten in Charkiw ist auf vier gestiegen, teilte der Gouverneur am Dienstag mit.")]
    [InlineData("fr", "Kharkiv\n\nLe bilan à Kharkiv s'est alourdi à quatre morts, a indiqué mardi le gouverneur.")]
    [InlineData("es", "Járkov\n\nEl número de muertos en Járkov ascendió a cuatro, informó el gobernador el martes.")]
    [InlineData("id", "Kharkiv\n\nJumlah korban tewas di Kharkiv bertambah menjadi empat orang, kata gubernur pada Selasa.")]
    [InlineData("uk", "Харків\n\nКількість загиблих у Харкові зросла до чотирьох, повідомив губернатор у вівторок.")]
    [InlineData("ru", "Харьков\n\nЧисло погибших в Харькове возросло до четырёх, сообщил губернатор во вторник.")]
    [InlineData("vi", "Kharkiv\n\nSố người thiệt mạng ở Kharkiv đã tăng lên 4 người, thống đốc cho biết hôm thứ Ba.")]
    [InlineData("ar", "خاركيف\n\nارتفع عدد القتلى في خاركيف إلى أربعة، وفق ما أعلن الحاكم يوم الثلاثاء.")]
    [InlineData("fa", "خارکیف\n\nشمار کشته‌شدگان در خارکیف روز سه‌شنبه به چهار نفر رسید.")]
    public void Build_ARisenTollDatedByItsReportsWeekday_UpdatesTheTollOfTheDayBefore(string language, string update)
    {
        var briefing = BuildAround(Monday,
            ("Kharkiv\n\nA Russian glide bomb killed three people in Kharkiv on Monday, the mayor said.", Monday),
            (update, Monday.AddDays(1)));

        Assert.Equal(language, analyzer.Analyze(new ArticleText(update, null)).Language);
        var killed = briefing.Totals.Single(t => t.Kind == FigureKind.Killed);
        Assert.Equal((4L, 1), (killed.Headline, killed.Events));
    }

    [Theory]
    // Negatives: a new strike's toll (no word of a rise), and a rise in another city, stay Tuesday's own events.
    [InlineData("Kharkiv\n\nA missile killed four people in Kharkiv on Tuesday, the governor said.")]
    [InlineData("Odesa\n\nThe death toll in Odesa has risen to four, the governor said on Tuesday.")]
    public void Build_ATuesdayTollThatUpdatesNothing_StaysAnEventOfItsOwn(string other)
    {
        var briefing = BuildAround(Monday,
            ("Kharkiv\n\nA Russian glide bomb killed three people in Kharkiv on Monday, the mayor said.", Monday),
            (other, Monday.AddDays(1)));

        var killed = briefing.Totals.Single(t => t.Kind == FigureKind.Killed);
        Assert.Equal((7L, 2), (killed.Headline, killed.Events));
    }

    // A lead that says its toll rose is the article's news however many days after the strike it came (a week at most):
    // the wounded it goes on to count, dating nothing, are that strike's, not an event of the day the news came.
    [Theory]
    [InlineData("en", "Sagaing\n\nThe number of people killed in Wednesday's airstrike on a village in Sagaing has risen to 23, an official said. More than 30 people were wounded.")]
    [InlineData("de", "Sagaing\n\nDie Zahl der Toten nach dem Luftangriff vom Mittwoch auf ein Dorf in Sagaing ist auf 23 gestiegen. Mehr als 30 Menschen wurden verletzt.")]
    [InlineData("fr", "Sagaing\n\nLe bilan de la frappe aérienne de mercredi sur un village de Sagaing s'est alourdi à 23 morts. Plus de 30 personnes ont été blessées.")]
    [InlineData("es", "Sagaing\n\nEl número de muertos por el bombardeo del miércoles contra una aldea de Sagaing ascendió a 23. Más de 30 personas resultaron heridas.")]
    [InlineData("id", "Sagaing\n\nJumlah korban tewas akibat serangan udara pada Rabu di sebuah desa di Sagaing bertambah menjadi 23 orang. Lebih dari 30 orang terluka.")]
    [InlineData("uk", "Сагайн\n\nКількість загиблих унаслідок авіаудару в середу по селу в регіоні Сагайн зросла до 23. Понад 30 людей поранені.")]
    [InlineData("ru", "Сагайн\n\nЧисло погибших в результате авиаудара в среду по деревне в регионе Сагайн возросло до 23. Более 30 человек ранены.")]
    [InlineData("vi", "Sagaing\n\nSố người thiệt mạng trong cuộc không kích hôm thứ Tư vào một ngôi làng ở vùng Sagaing đã tăng lên 23 người. Hơn 30 người bị thương.")]
    [InlineData("ar", "ساغاينغ\n\nارتفع عدد قتلى الغارة الجوية يوم الأربعاء على قرية في منطقة ساغاينغ إلى 23 قتيلا. وأصيب أكثر من 30 شخصا.")]
    [InlineData("fa", "ساگاینگ\n\nشمار کشته‌شدگان حمله هوایی روز چهارشنبه به روستایی در منطقه ساگاینگ به ۲۳ نفر رسید. بیش از ۳۰ نفر زخمی شدند.")]
    public void Build_ARisenLeadDaysAfterItsStrike_TakesTheArticlesUndatedWounded(string language, string text)
    {
        // Filed on Sunday 2026-11-29, the strike on Wednesday 11-25: nothing of it falls in Saturday to Monday.
        var sunday = new DateOnly(2026, 11, 29);
        var briefing = BuildAround(sunday, (text, sunday));

        Assert.Equal(language, analyzer.Analyze(new ArticleText(text, null)).Language);
        Assert.DoesNotContain(briefing.Totals, t => t.Kind == FigureKind.Injured && t.Headline > 0);
    }

    [Theory]
    // Negatives: a lead that says nothing rose stays background to the article's news (as before); a figure dated by its
    // own sentence keeps its day.
    [InlineData("Sagaing\n\nA military airstrike on a village in Sagaing on Wednesday killed 19 people, an official said. More than 30 people were wounded.", 30L)]
    [InlineData("Sagaing\n\nThe number of people killed in Wednesday's airstrike on a village in Sagaing has risen to 23, an official said. On Sunday, another strike wounded 12 people in Mandalay.", 12L)]
    public void Build_AnUnrisenLeadOrAFigureDatedByItsOwnSentence_KeepsTheNewsDay(string text, long injured)
    {
        var sunday = new DateOnly(2026, 11, 29);
        var briefing = BuildAround(sunday, (text, sunday));

        var total = briefing.Totals.Single(t => t.Kind == FigureKind.Injured);
        Assert.Equal((injured, 1), (total.Headline, total.Events));
    }

    // Safed (Tzfat), which Hezbollah's rockets target, was no place the gazetteer knew: its wounded took Lebanon, named as
    // where the rockets came from, and joined south Lebanon's toll of the same day.
    [Theory]
    [InlineData("en", "Safed\n\nRockets fired from Lebanon wounded four people in Safed on Thursday, Magen David Adom said.")]
    [InlineData("ru", "Цфат\n\nВ Цфате в результате ракетного обстрела из Ливана в четверг ранены четыре человека.")]
    [InlineData("uk", "Цфат\n\nУ Цфаті внаслідок ракетного обстрілу з Лівану в четвер поранено чотирьох людей.")]
    [InlineData("ar", "صفد\n\nأصيب 4 أشخاص في صفد جراء صواريخ أطلقت من لبنان يوم الخميس.")]
    [InlineData("fa", "صفد\n\nچهار نفر روز پنجشنبه در صفد بر اثر اصابت موشک‌های شلیک‌شده از لبنان زخمی شدند.")]
    [InlineData("de", "Safed\n\nBei Raketenangriffen aus dem Libanon wurden am Donnerstag in Safed vier Menschen verletzt.")]
    [InlineData("fr", "Safed\n\nQuatre personnes ont été blessées jeudi à Safed par des roquettes tirées depuis le Liban.")]
    [InlineData("es", "Safed\n\nCuatro personas resultaron heridas el jueves en Safed por cohetes lanzados desde Líbano.")]
    [InlineData("id", "Safed\n\nEmpat orang terluka di Safed pada Kamis akibat roket yang ditembakkan dari Lebanon.")]
    [InlineData("vi", "Safed\n\nBốn người bị thương ở Safed hôm thứ Năm do rocket bắn từ Lebanon.")]
    public void Build_WoundedInSafedBesideSouthLebanonsToll_AreAnEventInIsrael(string language, string safed)
    {
        var thursday = new DateOnly(2026, 11, 19);
        var briefing = BuildAround(thursday,
            ("Lebanon\n\nIsraeli strikes on south Lebanon killed three people and wounded nine on Thursday, the health ministry said.", thursday),
            (safed, thursday));

        Assert.Equal(language, analyzer.Analyze(new ArticleText(safed, null)).Language);
        var injured = briefing.Totals.Single(t => t.Kind == FigureKind.Injured);
        Assert.Equal((13L, 2), (injured.Headline, injured.Events));
    }

    // German "eine davon" (one of them) is a count of one, as "eine von ihnen" was: "Eine davon wurde abgefangen" gave no
    // downed figure for one of two rockets from Gaza (set 31: 28 missiles downed for 29).
    [Theory]
    [InlineData("Zwei Raketen wurden aus dem nördlichen Gazastreifen auf Sderot abgefeuert. Eine davon wurde abgefangen, die andere schlug auf offenem Gelände ein.", "missiles_downed 1; missiles_launched 2")]
    [InlineData("Drei Drohnen flogen auf Haifa zu. Einer davon wurde abgeschossen.", "drones_downed 1; drones_launched 3")]
    // Negatives: a count before "davon" keeps its number; "davon" after another word is no count.
    [InlineData("Russland griff mit 50 Drohnen an, 40 davon wurden abgeschossen.", "drones_downed 40; drones_launched 50")]
    [InlineData("Die Regierung legte eine davon abweichende Einschätzung vor.", "")]
    public void OneOfThemInGermanIsACountOfOne(string text, string expected) =>
        ExtractorHarness.AssertFigures("de", text, expected);

    private Reports.Core.Briefings.Briefing BuildAround(DateOnly day, params (string Text, DateOnly Published)[] articles) =>
        BriefingHarness.Build(analyzer, new Period(day.AddDays(-2), day.AddDays(2)), articles);
}
