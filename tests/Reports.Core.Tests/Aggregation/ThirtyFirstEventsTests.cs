using Reports.Core.Aggregation;
using Reports.Core.Analysis;
using Reports.Core.Articles;
using Reports.Core.Figures;

namespace Reports.Core.Tests.Aggregation;

/// <summary>
/// Thirty-first session, the events helper (docs/aggregation.md, "Thirty-first session"). Sentences written for these
/// tests (no evaluation text).
/// </summary>
public sealed class ThirtyFirstEventsTests
{
    // A Tuesday.
    private static readonly DateOnly Tuesday = new(2026, 12, 15);

    private readonly ArticleAnalyzer analyzer = new();

    // A place right after a join and a locative ("and in", "y en", "а в") starts a clause of its own: it is the next
    // figure's, though it stands in the segment of an earlier number. It was the earlier number's, so the figure took the
    // first place of the sentence (set 33: Dnipro's 5 injured counted in Lviv, beside Lviv's own 2).
    [Theory]
    [InlineData("en", "Two people were killed in Lviv and in Dnipro five were injured.")]
    [InlineData("es", "En Leópolis murieron dos vigilantes y en Dnipró resultaron heridas cinco personas.")]
    [InlineData("es", "En Leópolis murió un vigilante y en Dnipró resultaron heridas cinco personas.")]
    [InlineData("fr", "Deux personnes ont été tuées à Lviv et à Dnipro cinq ont été blessées.")]
    [InlineData("de", "In Lwiw wurden zwei Menschen getötet und in Dnipro fünf verletzt.")]
    [InlineData("uk", "У Львові загинули двоє людей, а в Дніпрі поранено п'ятьох.")]
    [InlineData("uk", "У Львові загинули двоє людей і в Дніпрі поранено п'ятьох.")]
    [InlineData("ru", "Во Львове погибли два человека, а в Днепре ранены пять.")]
    [InlineData("id", "Dua orang tewas di Lviv dan di Dnipro lima orang terluka.")]
    [InlineData("vi", "Hai người thiệt mạng ở Lviv và ở Dnipro năm người bị thương.")]
    [InlineData("ar", "قتل شخصان في لفيف، وفي دنيبرو أصيب خمسة أشخاص.")]
    [InlineData("fa", "دو نفر در لویو کشته شدند و در دنیپرو پنج نفر زخمی شدند.")]
    public void Place_APlaceAfterAJoinAndALocative_IsTheNextFiguresPlace(string language, string sentence)
    {
        var analysis = analyzer.Analyze(new ArticleText(sentence, null));

        Assert.Equal(language, analysis.Language);
        var injured = analysis.Figures.Single(f => f.Kind == FigureKind.Injured);
        Assert.Equal((5L, "ua/dnipropetrovsk-oblast/dnipro"), (injured.Value, injured.Place));
    }

    // Negatives: a place right after an earlier figure's number, joined by "and" with no locative, stays that figure's.
    [Theory]
    [InlineData("en", "23 drones were destroyed over Belgorod and 11 over Kursk.", FigureKind.DronesDowned, 23L, "ru/belgorod-oblast")]
    [InlineData("en", "Russian strikes killed four people in Sumy and two in Dnipro.", FigureKind.Killed, 4L, "ua/sumy-oblast/sumy")]
    [InlineData("en", "Russian strikes killed four people in Sumy and two in Dnipro.", FigureKind.Killed, 2L, "ua/dnipropetrovsk-oblast/dnipro")]
    [InlineData("es", "Cuatro personas murieron en Sumy y dos en Dnipró.", FigureKind.Killed, 4L, "ua/sumy-oblast/sumy")]
    public void Place_APlaceOfAnEarlierFiguresSegment_StaysItsOwn(string language, string sentence, FigureKind kind, long value, string place)
    {
        var analysis = analyzer.Analyze(new ArticleText(sentence, null));

        Assert.Equal(language, analysis.Language);
        Assert.Equal(place, analysis.Figures.Single(f => f.Kind == kind && f.Value == value).Place);
    }

    // An origin with a part of its place between ("from the northern Gaza Strip", "aus dem nördlichen Gazastreifen",
    // "из северной части сектора Газа") is where the rockets came from, not where they were fired at: they were Gaza's, so
    // one outlet's rockets "at Sderot" were Gaza's and another's Sderot's, two launches (set 33: 6 rockets for 3).
    [Theory]
    [InlineData("en", "Three rockets were fired from the northern Gaza Strip toward Sderot on Tuesday, the army said.")]
    [InlineData("en", "Three rockets were fired from northern Gaza at Sderot on Tuesday, the army said.")]
    [InlineData("de", "Aus dem nördlichen Gazastreifen sind am Dienstag drei Raketen auf Sderot abgefeuert worden.")]
    [InlineData("fr", "Trois roquettes ont été tirées mardi depuis le nord de la bande de Gaza vers Sderot, selon l'armée.")]
    [InlineData("es", "Tres cohetes fueron lanzados el martes desde el norte de la Franja de Gaza hacia Sderot, según el ejército.")]
    [InlineData("ru", "Из северной части сектора Газа во вторник выпущены три ракеты в сторону Сдерота.")]
    [InlineData("ar", "أطلقت ثلاثة صواريخ من شمال قطاع غزة باتجاه سديروت يوم الثلاثاء.")]
    [InlineData("ar", "أطلقت ثلاثة صواريخ من قطاع غزة باتجاه سديروت يوم الثلاثاء.")]
    [InlineData("fa", "سه راکت از شمال نوار غزه به سمت سدیروت شلیک شد.")]
    public void Place_RocketsFromAPartOfAPlace_AreTheirTargetsNotTheirOrigins(string language, string sentence)
    {
        var analysis = analyzer.Analyze(new ArticleText(sentence, null));

        Assert.Equal(language, analysis.Language);
        Assert.Equal("il/sderot", analysis.Figures.Single(f => f.Kind == FigureKind.MissilesLaunched).Place);
    }

    // The briefing: the same three rockets told "from the northern Gaza Strip toward Sderot" and "по Сдероту" are one launch.
    [Theory]
    [InlineData("en", "Rockets at Sderot\n\nThree rockets were fired from the northern Gaza Strip toward Sderot on Tuesday afternoon, the Israeli military said. Two were intercepted.")]
    [InlineData("de", "Raketen auf Sderot\n\nAus dem nördlichen Gazastreifen sind am Dienstag drei Raketen auf die Stadt Sderot abgefeuert worden. Zwei davon wurden abgefangen.")]
    public void Build_RocketsFromNorthernGazaAtSderot_AreOneLaunch(string language, string told)
    {
        var briefing = BuildAround(Tuesday,
            ("Сдерот\n\nЦАХАЛ: во вторник из сектора Газа по Сдероту были выпущены три ракеты, две из них перехвачены.", Tuesday),
            (told, Tuesday));

        Assert.Equal(language, analyzer.Analyze(new ArticleText(told, null)).Language);
        var launched = briefing.Totals.Single(t => t.Kind == FigureKind.MissilesLaunched);
        Assert.Equal((3L, 1), (launched.Headline, launched.Events));
    }

    // The briefing: Lviv's toll and Dnipro's wounded told in one sentence beside each city's own report are two events.
    [Fact]
    public void Build_TwoCitiesInOneSentence_KeepTheirOwnTolls()
    {
        var sunday = new DateOnly(2026, 12, 6);
        var briefing = BuildAround(sunday,
            ("Львів\n\nАндрій Садовий: під час нічної атаки у Львові загинув один чоловік. Ще двоє людей травмовані.", sunday),
            ("Дніпро\n\nСергій Лисак: вночі ворог атакував Дніпро ударними дронами. Поранено п'ятьох людей.", sunday),
            ("Ucrania\n\nEn Leópolis murió un vigilante y en Dnipró resultaron heridas cinco personas, informaron las autoridades el domingo.", sunday));

        var injured = briefing.Totals.Single(t => t.Kind == FigureKind.Injured);
        Assert.Equal((7L, 2), (injured.Headline, injured.Events));
    }

    // A clock's time zone is no place: "بتوقيت موسكو", "giờ Moscow" placed Russia's daytime bulletin in Moscow, a city
    // inside the country-wide tally (docs/aggregation.md, thirtieth session's known limits).
    [Theory]
    [InlineData("ar", "قالت وزارة الدفاع الروسية إنها أسقطت 23 مسيرة أوكرانية بين الساعة 9:00 و15:00 بتوقيت موسكو.")]
    [InlineData("vi", "Từ 8:00 đến 14:00 giờ Moscow, 14 máy bay không người lái đã bị bắn hạ.")]
    [InlineData("en", "Russia's defence ministry said its air defences destroyed 19 Ukrainian drones between 10:00 and 16:00 Moscow time.")]
    [InlineData("fr", "La Russie affirme avoir abattu 23 drones ukrainiens samedi entre 9h00 et 15h00, heure de Moscou.")]
    [InlineData("es", "El Ministerio de Defensa ruso informó de que derribó 23 drones ucranianos entre las 9:00 y las 15:00, hora de Moscú.")]
    public void Place_AClocksTimeZone_IsNoPlace(string language, string sentence)
    {
        var analysis = analyzer.Analyze(new ArticleText(sentence, null));

        Assert.Equal(language, analysis.Language);
        Assert.Equal("ru", analysis.Figures.Single(f => f.Kind == FigureKind.DronesDowned).Place);
    }

    // Negative: Moscow named as where people were killed stays Moscow.
    [Fact]
    public void Place_MoscowAsWhereATollHappened_StaysMoscow() =>
        Assert.Equal("ru/moscow", analyzer.Analyze(new ArticleText("Russian drones struck the Moscow region overnight, killing two people in Moscow.", null))
            .Figures.Single(f => f.Kind == FigureKind.Killed).Place);

    private Reports.Core.Briefings.Briefing BuildAround(DateOnly day, params (string Text, DateOnly Published)[] articles) =>
        BriefingHarness.Build(analyzer, new Period(day.AddDays(-2), day.AddDays(2)), articles);
}
