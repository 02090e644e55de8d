using Reports.Core.Analysis;
using Reports.Core.Articles;
using Reports.Core.Figures;

namespace Reports.Core.Tests.Places;

public sealed class FigurePlacesTests
{
    private readonly ArticleAnalyzer analyzer = new();

    [Fact]
    public void Analyze_PlaceInTheSentence_IsTheFiguresPlace()
    {
        var analysis = Analyze("Strikes across Ukraine\n\nThree people were killed in Kharkiv. Two people were killed in Odesa.");

        Assert.Equal("ua/kharkiv-oblast/kharkiv", analysis.Figures.Single(f => f.Value == 3).Place);
        Assert.Equal("ua/odesa-oblast/odesa", analysis.Figures.Single(f => f.Value == 2).Place);
        Assert.All(analysis.Figures, f => Assert.Equal("sentence", f.PlaceBasis));
    }

    [Theory]
    [InlineData("Strikes across Ukraine\n\nNine people were killed in Kharkiv, four in Zaporizhzhia and two in Sumy on Monday.", "en")]
    [InlineData("Frappes en Ukraine\n\nNeuf personnes ont été tuées à Kharkiv, quatre à Zaporijia et deux à Soumy lundi.", "fr")]
    [InlineData("Удари по Україні\n\nУ понеділок загинули: 9 — у Харкові, 4 — у Запоріжжі, 2 — у Сумах.", "uk")]
    public void Analyze_ListOfPlacesWithTheirCounts_EachCountTakesThePlaceInItsOwnItem(string text, string language)
    {
        var analysis = Analyze(text);

        Assert.Equal(language, analysis.Language);
        AssertPlaces(analysis, (9, "ua/kharkiv-oblast/kharkiv"), (4, "ua/zaporizhzhia-oblast/zaporizhzhia"), (2, "ua/sumy-oblast/sumy"));
    }

    [Theory]
    [InlineData("Frappes en Ukraine\n\nÀ Nikopol, deux personnes ont été tuées par des tirs d'artillerie, a indiqué le gouverneur. À Kherson, une frappe de drone a également fait deux morts.")]
    [InlineData("Strikes in the south\n\nTwo people were killed in Bint Jbeil, the ministry said. In Nabatieh, a strike on a building killed two people and wounded five.")]
    public void Analyze_EqualCountsInTwoSentencesNamingTwoPlaces_AreBothKept(string text)
    {
        var analysis = Analyze(text);

        var killed = analysis.Figures.Where(f => f.Kind == FigureKind.Killed && f.Value == 2).ToList();
        Assert.Equal(2, killed.Count);
        Assert.NotEqual(killed[0].Place, killed[1].Place);
    }

    [Theory]
    [InlineData("Strike on Kherson\n\nTwo people were killed in Kherson on Monday. The governor said two people were killed in the Kherson region's capital.")]
    [InlineData("Strike on Kherson\n\nTwo people were killed in Kherson on Monday. Two people died, the governor said.")]
    [InlineData("Two killed in Kherson\n\nTwo people were killed in a drone strike on Kherson on Monday, the governor said.")]
    public void Analyze_EqualCountsTwiceForOnePlaceOrWithoutAPlace_StayOne(string text)
    {
        var analysis = Analyze(text);

        Assert.Single(analysis.Figures, f => f.Kind == FigureKind.Killed && f.Value == 2);
    }

    [Theory]
    [InlineData("Two killed in overnight strike\n\nTwo people were killed overnight, the governor said.\n\nRead more:\nStrike on Odesa kills 8, injures 30\nDrone attack on Kyiv leaves 12 hurt\n\nThe governor said the attacks continued.")]
    [InlineData("Zwei Tote nach Angriff\n\nZwei Menschen wurden am Montag getötet, teilte der Gouverneur mit.\n\nLesen Sie auch: Russischer Angriff auf Odessa – 8 Tote und 30 Verletzte\n\nDer Gouverneur sagte, die Angriffe dauerten an.")]
    public void Analyze_APlaceNamedOnlyInALinkLine_IsNotTheArticlesPlace(string text)
    {
        var analysis = Analyze(text);

        var figure = Assert.Single(analysis.Figures);
        Assert.Equal(2, figure.Value);
        Assert.Null(figure.Place);
    }

    [Theory]
    [InlineData("Russia pounds the grid\n\nKYIV, Nov 8 — Russia launched 458 drones and 45 missiles at Ukraine overnight, the air force said.", "ua")]
    [InlineData("Strikes on Gaza\n\nGAZA CITY (AP) — Israeli strikes killed at least 44 Palestinians across the Gaza Strip on Saturday.", "ps/gaza")]
    [InlineData("Angriffe auf die Ukraine\n\nKiew (dpa) - Bei russischen Luftangriffen auf die Ukraine sind mindestens sieben Menschen getötet worden.", "ua")]
    [InlineData("Ataque nocturno\n\nKiev, 6 oct (EFE).- Rusia lanzó durante la noche 96 drones y siete misiles contra Ucrania, según la Fuerza Aérea.", "ua")]
    [InlineData("Ataque nocturno\n\nJárkov, 6 oct (EFE).- Tres personas murieron en un ataque contra Ucrania, según las autoridades.", "ua")]
    public void Analyze_AWireDateline_IsNotTheFiguresPlace(string text, string place)
    {
        var analysis = Analyze(text);

        Assert.NotEmpty(analysis.Figures);
        Assert.All(analysis.Figures, f => Assert.Equal(place, f.Place));
    }

    [Fact]
    public void Analyze_APlaceOpeningALineBeforeACommaAndAParenthesisThatIsNoAgency_StaysThePlace()
    {
        var analysis = Analyze("Ataque nocturno\n\nJárkov, 6 oct (hora local), tres personas murieron en un ataque con dron.");

        Assert.Equal("ua/kharkiv-oblast/kharkiv", Assert.Single(analysis.Figures).Place);
    }

    [Theory]
    [InlineData("Missile hits Dnipro\n\nA missile hit a block of flats in Dnipro on Monday, killing six people. Since the invasion began, more than 12,000 civilians have been killed in Ukraine, the UN says.", "en", "ua")]
    [InlineData("Frappe sur Dnipro\n\nUn missile a frappé un immeuble à Dnipro lundi, tuant six personnes. Depuis le début de l'invasion, plus de 12 000 civils ont été tués en Ukraine, selon l'ONU.", "fr", "ua")]
    [InlineData("Удар по Дніпру\n\nУ понеділок ракета влучила в будинок у Дніпрі, загинули шестеро людей. Від початку вторгнення в Україні загинули понад 12 000 цивільних, за даними ООН.", "uk", "ua")]
    [InlineData("Missile hits Dnipro\n\nA missile hit a block of flats in Dnipro on Monday, killing six people. Russia has killed more than 12,000 civilians since the invasion began, the UN says.", "en", null)]
    public void Analyze_ACountryNamedAsWhereTheCountHappened_IsItsPlace(string text, string language, string? place)
    {
        var analysis = Analyze(text);

        Assert.Equal(language, analysis.Language);
        Assert.Equal("ua/dnipropetrovsk-oblast/dnipro", analysis.Figures.Single(f => f.Value == 6).Place);
        // A country without a locative word (an actor: "Russia has killed") leaves the article's place.
        Assert.Equal(place ?? "ua/dnipropetrovsk-oblast/dnipro", analysis.Figures.Single(f => f.Value == 12000).Place);
    }

    [Theory]
    [InlineData("Phòng không Ukraine\n\nLực lượng phòng không Ukraine bắn hạ 41 trong số 55 UAV tấn công mà Nga phóng trong đêm.", "vi")]
    [InlineData("Phòng không Ukraine\n\nNga phóng 55 UAV tấn công trong đêm, phòng không Ukraine bắn hạ 41 chiếc.", "vi")]
    [InlineData("Air defence\n\nUkraine's air defence shot down 41 of the 55 drones that Russia launched overnight.", "en")]
    [InlineData("الدفاع الجوي\n\nقالت القوات الجوية الأوكرانية إن روسيا أطلقت 55 مسيّرة خلال الليل، وتم إسقاط 41 منها.", "ar")]
    [InlineData("Défense aérienne\n\nLes forces aériennes ukrainiennes ont indiqué que la Russie avait lancé 55 drones et que 41 avaient été abattus.", "fr")]
    [InlineData("پدافند هوایی\n\nنیروی هوایی اوکراین اعلام کرد روسیه شب گذشته ۵۵ پهپاد به سوی این کشور شلیک کرد که ۴۱ فروند رهگیری شدند.", "fa")]
    public void Analyze_ADowningCountryBesideTheLauncher_IsTheTallysPlace(string text, string language)
    {
        var analysis = Analyze(text);

        Assert.Equal(language, analysis.Language);
        Assert.Equal(2, analysis.Figures.Count);
        Assert.All(analysis.Figures, f => Assert.Equal("ua", f.Place));
    }

    [Fact]
    public void Analyze_APlaceInCapitalsThatIsAHeadingLine_StillCounts()
    {
        var analysis = Analyze("Overnight strikes\n\nKHARKIV\nThree people were killed overnight, the governor said.");

        Assert.Equal("ua/kharkiv-oblast/kharkiv", Assert.Single(analysis.Figures).Place);
    }

    [Theory]
    [InlineData("Overnight attack\n\nThe air force said it destroyed 45 of the 50 drones launched by Russia overnight.", "ua")]
    [InlineData("Attaque nocturne\n\nL'armée de l'air a indiqué avoir détruit 45 des 50 drones lancés par la Russie.", "ua")]
    [InlineData("Overnight attack\n\nUkraine said Russia fired 40 missiles and 100 drones overnight; air defences intercepted 30 missiles and 80 drones.", "ua")]
    [InlineData("Нічна атака\n\nРосія випустила 120 дронів, 98 з них збито.", "ua")]
    [InlineData("Drone attack on Russia\n\nUkraine launched 120 drones at Russian regions overnight.", "ru")]
    [InlineData("Russian tally\n\nRussia's defence ministry said it shot down 79 Ukrainian drones.", "ru")]
    public void Analyze_ACountryNamedLaunchingTheWeapons_MakesTheTallyItsOpponents(string text, string place)
    {
        var analysis = Analyze(text);

        Assert.NotEmpty(analysis.Figures);
        Assert.All(analysis.Figures, f => Assert.Equal(place, f.Place));
    }

    [Theory]
    [InlineData("Angriffe im Westen\n\nIn der Region Lwiw im Westen des Landes wurden zwei Menschen getötet.", "ua/lviv-oblast")]
    [InlineData("Angriffe im Westen\n\nIn Lwiw wurden zwei Menschen getötet.", "ua/lviv-oblast/lviv")]
    [InlineData("Angriffe im Osten\n\nIn der Region Charkiw wurden drei Menschen verletzt.", "ua/kharkiv-oblast")]
    public void Analyze_GermanRegionBeforeAName_IsTheOblast(string text, string place) =>
        Assert.Equal(place, Assert.Single(Analyze(text).Figures).Place);

    [Fact]
    public void Analyze_PlaceNamedBeforeItsCountInALabelledList_IsThatCountsPlace()
    {
        var analysis = Analyze("Daily toll\n\nKilled on Monday: 12 (Kharkiv 5, Sumy 4, Donetsk 3).");

        AssertPlaces(analysis, (5, "ua/kharkiv-oblast/kharkiv"), (4, "ua/sumy-oblast/sumy"), (3, "ua/donetsk-oblast"));
    }

    [Theory]
    [InlineData("Night of drones\n\nRussia said it downed 337 Ukrainian drones overnight, 91 of them over the Moscow region.", "en")]
    [InlineData("Đêm UAV\n\nNga tuyên bố bắn hạ 337 UAV Ukraine trong đêm, trong đó có 91 chiếc trên vùng Moscow.", "vi")]
    [InlineData("Ночь беспилотников\n\nМинобороны сообщило, что сбиты 337 украинских беспилотников, из них 91 — над Московской областью.", "ru")]
    public void Analyze_ARegionsPartAfterANationwideTally_IsThePartsPlaceNotTheTallys(string text, string language)
    {
        var analysis = Analyze(text);

        Assert.Equal(language, analysis.Language);
        AssertPlaces(analysis, (337, "ru"), (91, "ru/moscow-oblast"));
    }

    [Theory]
    [InlineData("Night attack\n\nRussia attacked Kharkiv with 120 drones overnight, 98 of them were shot down.", "en")]
    [InlineData("Nachtangriff\n\nRussland griff Charkiw in der Nacht mit 120 Drohnen an, 98 davon wurden abgeschossen.", "de")]
    public void Analyze_APartAfterAWholeNamedWithItsPlace_SharesThatPlace(string text, string language)
    {
        var analysis = Analyze(text);

        Assert.Equal(language, analysis.Language);
        AssertPlaces(analysis, (120, "ua/kharkiv-oblast/kharkiv"), (98, "ua/kharkiv-oblast/kharkiv"));
    }

    [Theory]
    [InlineData("Night of drones\n\nThe ministry said 23 drones were destroyed over Belgorod and 11 over Kursk.", "en")]
    [InlineData("Ночь беспилотников\n\nМинобороны сообщило, что 23 беспилотника уничтожены над Белгородской областью и 11 над Курской.", "ru")]
    public void Analyze_APlaceAfterAnEarlierFiguresNumber_IsThatFigures(string text, string language)
    {
        var analysis = Analyze(text);

        Assert.Equal(language, analysis.Language);
        AssertPlaces(analysis, (23, "ru/belgorod-oblast"), (11, "ru/kursk-oblast"));
    }

    [Theory]
    [InlineData("Night strikes\n\nRussian strikes killed five people in Kherson and two in Mykolaiv overnight, officials said.", 5, "ua/kherson-oblast/kherson", 2, "ua/mykolaiv-oblast/mykolaiv")]
    [InlineData("Strikes on the south\n\nAirstrikes on southern Lebanon killed six people in Nabatieh and two in Tyre, the ministry said.", 6, "lb/south/nabatieh", 2, "lb/south/tyre")]
    public void Analyze_SecondCountSharingTheFirstsVerb_TakesThePlaceAfterItsOwnNumber(string text, long first, string firstPlace, long second, string secondPlace)
    {
        var analysis = Analyze(text);

        AssertPlaces(analysis, (first, firstPlace), (second, secondPlace));
    }

    /// <summary>Each figure of the value given has the place given.</summary>
    private static void AssertPlaces(ArticleAnalysis analysis, params (long Value, string Place)[] expected) =>
        Assert.Equal(expected, expected.Select(e => (e.Value, analysis.Figures.Single(f => f.Value == e.Value).Place ?? "")).ToArray());

    [Fact]
    public void Analyze_NoPlaceInTheSentence_TakesTheArticlesMainPlace()
    {
        var analysis = Analyze("Night attack on Zaporizhzhia\n\nThe attack on Zaporizhzhia lasted two hours. At least seven people were killed, officials said.");

        var killed = Assert.Single(analysis.Figures);
        Assert.Equal(("ua/zaporizhzhia-oblast/zaporizhzhia", "article"), (killed.Place, killed.PlaceBasis));
    }

    [Fact]
    public void Analyze_CountryAsActorAndAWeaponsTally_TakesTheCountryOfTheMainPlace()
    {
        var analysis = Analyze("Drones over Odesa\n\nDrones hit Odesa port. Russia launched 48 drones overnight, the air force said.");

        var launched = Assert.Single(analysis.Figures, f => f.Value == 48);
        Assert.Equal(("ua", "country"), (launched.Place, launched.PlaceBasis));
    }

    [Fact]
    public void Analyze_ArticleAboutASeaWithAWeaponsTally_TakesTheSeaNotTheCountryItMentions()
    {
        var analysis = Analyze("Shipping targeted again\n\nThe rebels attacked tankers in the Red Sea overnight. US and British warships said they shot down 14 drones. "
            + "The group says it acts in support of Gaza. Traffic through the Red Sea has fallen by half.");

        var downed = Assert.Single(analysis.Figures, f => f.Value == 14);
        Assert.Equal(("sea/red-sea", "country"), (downed.Place, downed.PlaceBasis));
    }

    [Theory]
    [InlineData("Drones over Kyiv\n\nDrones hit Kyiv overnight. Moscow said its air defences destroyed 57 Ukrainian drones over several regions.", "en")]
    [InlineData("Атака на Київ\n\nУночі дрони атакували Київ. У Москві заявили, що збили 57 українських безпілотників.", "uk")]
    [InlineData("Атака на Киев\n\nНочью дроны атаковали Киев. В Москве заявили, что сбиты 57 украинских беспилотников.", "ru")]
    public void Analyze_WeaponsOfANamedSide_AreCountedOverItsOpponent(string text, string language)
    {
        var analysis = Analyze(text);

        var downed = Assert.Single(analysis.Figures, f => f.Value == 57);
        Assert.Equal(language, analysis.Language);
        Assert.Equal(("ua", "ru", "side"), (downed.Side, downed.Place, downed.PlaceBasis));
    }

    [Theory]
    [InlineData("Вночі противник атакував 126 ударними БпЛА та п'ятьма ракетами з Курської та Бєлгородської областей. Збито 98 БпЛА.", "uk")]
    [InlineData("Overnight the enemy attacked with 126 drones and five missiles launched from the Kursk and Belgorod regions. 98 drones were downed.", "en")]
    [InlineData("Ночью противник атаковал 126 ударными БпЛА и пятью ракетами из Курской и Белгородской областей. Сбиты 98 БпЛА.", "ru")]
    [InlineData("Уночі ворог атакував 64 ударними БпЛА з напрямків Брянськ, Міллерово та Курськ. Збито 47 БпЛА.", "uk")]
    [InlineData("Ночью противник атаковал 64 ударными БпЛА с направлений Брянск, Миллерово и Курск. Сбиты 47 БпЛА.", "ru")]
    public void Analyze_PlacesAWeaponsTallyNamesAsWhereTheyWereLaunchedFrom_AreNotItsPlace(string text, string language)
    {
        var analysis = Analyze(text);

        Assert.Equal(language, analysis.Language);
        Assert.NotEmpty(analysis.Figures);

        // Thirteenth session: weapons launched from Russia's regions are Ukraine's tally where their sentence says so.
        Assert.All(analysis.Figures, f => Assert.True(f.Place is null or "ua", f.Place));
        Assert.Contains(analysis.Figures, f => f.Place == "ua");
    }

    [Fact]
    public void Analyze_APlaceAfterFromInATollSentence_StaysItsPlace()
    {
        var analysis = Analyze("Shelling in the south\n\nThree people were killed in shelling from Kherson's left bank, officials said.");

        Assert.Equal("ua/kherson-oblast/kherson", Assert.Single(analysis.Figures).Place);
    }

    [Fact]
    public void Analyze_MakerJoinedByAHyphen_IsNoSide()
    {
        var analysis = Analyze("Drones over Kyiv\n\nDrones hit Kyiv overnight. Russia launched 64 Iranian-designed drones, the air force said.");

        var launched = Assert.Single(analysis.Figures, f => f.Value == 64);
        Assert.Null(launched.Side);
        Assert.Equal("ua", launched.Place);
    }

    [Fact]
    public void Analyze_PeopleOfANamedSide_CarryTheirSide()
    {
        var analysis = Analyze("Fighting in Gaza\n\nFighting continued in Gaza. Six Israeli soldiers were killed in the south of Gaza on Monday. Twenty Palestinians were killed in Gaza City.");

        Assert.Equal("il", analysis.Figures.Single(f => f.Value == 6).Side);
        Assert.Equal("ps", analysis.Figures.Single(f => f.Value == 20).Side);
    }

    [Theory]
    [InlineData("Gaza\n\nIm Gazastreifen sind am Montag 31 Menschen durch israelische Angriffe getötet worden.")]
    [InlineData("Gaza\n\nOn Monday 31 people were killed by Israeli strikes across the Gaza Strip.")]
    [InlineData("Gaza\n\nEl lunes murieron 31 personas por bombardeos israelíes en la Franja de Gaza.")]
    public void Analyze_ADemonymAfterACauseWord_IsTheAttackerNotThePeoplesSide(string text)
    {
        var killed = Assert.Single(Analyze(text).Figures);

        Assert.Equal(31, killed.Value);
        Assert.Null(killed.Side);
    }

    [Fact]
    public void Analyze_TwoRegionsNamedAsMuch_TheArticlesPlaceIsTheirCountry()
    {
        var analysis = Analyze("Протягом минулої доби внаслідок обстрілів загинули п'ятеро цивільних: троє — на Херсонщині, двоє — на Донеччині.");

        Assert.Equal(("ua", "article"), (analysis.Figures.Single(f => f.Value == 5).Place, analysis.Figures.Single(f => f.Value == 5).PlaceBasis));
        Assert.Equal("ua/kherson-oblast", analysis.Figures.Single(f => f.Value == 3).Place);
    }

    [Theory]
    [InlineData("Вночі ворог атакував 72 ударними БпЛА. За тиждень Росія випустила по Україні понад 1300 дронів.", "uk")]
    [InlineData("Overnight the enemy attacked with 72 drones. This week Russia fired more than 1,300 drones at Ukraine.", "en")]
    public void Analyze_OnlyCountriesNamed_TheOneNamedAsTheTargetIsTheTallysPlace(string text, string language)
    {
        var analysis = Analyze(text);

        Assert.Equal(language, analysis.Language);
        Assert.Equal("ua", analysis.Figures.Single(f => f.Value == 72).Place);
    }

    [Fact]
    public void Analyze_ForeignCapitalAfterTheFiguresClause_IsAnActorNotThePlace()
    {
        var analysis = Analyze("Strikes on Kharkiv\n\nKharkiv was hit again. Eleven people were wounded in the attack, the mayor said, urging more sanctions on Moscow.");

        var injured = Assert.Single(analysis.Figures);
        Assert.Equal("ua/kharkiv-oblast/kharkiv", injured.Place);
    }

    [Theory]
    [InlineData("Overnight attack\n\nRussia launched 65 drones overnight. Air defences destroyed 50.")]
    [InlineData("Overnight attack\n\nRussia attacked with 4 cruise missiles and 65 Shahed drones. Air defences destroyed 3 of the missiles and 50 of the drones.")]
    public void Analyze_TheOnlyCountryNamedIsTheLauncher_TheArticleIsAboutTheOneItAttacked(string text)
    {
        var analysis = Analyze(text);

        Assert.Contains(analysis.Figures, f => f.Kind is FigureKind.DronesDowned);
        Assert.All(analysis.Figures, f => Assert.Equal("ua", f.Place));
    }

    [Theory]
    [InlineData("A total of 58 drones were shot down over the Sumy, Kharkiv, Poltava and Dnipropetrovsk regions, while 12 others were lost to jamming.", 58, "ua")]
    [InlineData("Air defences shot down 40 drones over the Kharkiv and Sumy regions overnight.", 40, "ua")]
    [InlineData("23 drones were destroyed over Belgorod and 11 over Kursk, the ministry said.", 11, "ru/kursk-oblast")]
    [InlineData("Of 50 drones, 20 were shot down over Kyiv and 10 over Odesa.", 10, "ua/odesa-oblast/odesa")]
    [InlineData("Debris fell in Kyiv, Cherkasy and Vinnytsia regions, injuring three people.", 3, "ua")]
    [InlineData("Three people were wounded in shelling of Kherson and Nikopol on Monday.", 3, "ua")]
    [InlineData("Three people were killed in Kherson and two in Nikopol on Monday.", 2, "ua/dnipropetrovsk-oblast/nikopol")]
    [InlineData("Two people were killed and 11 injured in strikes on Kharkiv and Zaporizhzhia on Friday.", 2, "ua")]
    [InlineData("Drone attacks killed two people and wounded seven in the Kherson and Mykolaiv regions.", 2, "ua")]
    [InlineData("Three people were killed in Kherson and two in Nikopol and Marhanets on Monday.", 3, "ua/kherson-oblast/kherson")]
    public void Analyze_ATallyOverAListOfPlaces_IsTheTallyOfWhatHoldsThem(string text, long value, string place)
    {
        var analysis = Analyze(text);

        Assert.Equal(place, analysis.Figures.Single(f => f.Value == value).Place);
    }

    [Theory]
    [InlineData("Pertahanan udara\n\nSebanyak 15 drone Rusia berhasil dihancurkan, sedangkan 5 lainnya hilang dari radar.", "ua")]
    [InlineData("Phòng không\n\nUkraine bắn hạ 20 UAV Nga trong đêm.", "ua")]
    [InlineData("Phòng không\n\nNga tuyên bố đã bắn hạ 35 UAV của Ukraine trong đêm.", "ru")]
    [InlineData("Serangan\n\nRusia meluncurkan 40 drone ke Ukraina semalam.", "ua")]
    public void Analyze_ABareCountryAfterTheWeapons_IsTheirSide(string text, string place)
    {
        var analysis = Analyze(text);

        Assert.All(analysis.Figures, f => Assert.Equal(place, f.Place));
    }

    [Theory]
    [InlineData("Pertahanan udara\n\nUkraina menembak jatuh 40 dari 55 drone Rusia semalam.", "ua", 2)]
    [InlineData("Pertahanan udara\n\nUkraina mengatakan berhasil menembak jatuh 40 dari 55 drone yang diluncurkan Rusia semalam.", "ua", 2)]
    [InlineData("پدافند هوایی\n\nاوکراین اعلام کرد ۴۰ فروند از ۵۵ پهپاد روسیه را سرنگون کرده است.", "ua", 2)]
    [InlineData("پدافند هوایی\n\nروسیه اعلام کرد ۲۰ فروند از ۲۵ پهپاد اوکراین را سرنگون کرده است.", "ru", 2)]
    [InlineData("Phòng không\n\nUkraine bắn hạ 40 trong số 55 UAV của Nga trong đêm.", "ua", 2)]
    public void Analyze_ADownedPartOfTheSidesWeapons_IsWhereTheyFlew(string text, string place, int count)
    {
        var analysis = Analyze(text);

        Assert.Equal(count, analysis.Figures.Count);
        Assert.All(analysis.Figures, f => Assert.Equal(place, f.Place));
    }

    [Theory]
    [InlineData("Air defence\n\nOf the 60 drones launched overnight, 52 were downed, while three hit a warehouse in Lviv region.", "ua")]
    [InlineData("Air defence\n\nRussia launched 70 drones overnight, 61 of which were shot down; debris fell in 4 districts of Kyiv.", "ua")]
    [InlineData("Air defence\n\nUkraine's air force said it shot down 50 of the 58 drones Russia launched, with 8 hitting targets in Sumy and Chernihiv regions.", "ua")]
    [InlineData("ППО\n\nВійськові збили 50 із 58 дронів, ще 8 влучили в об'єкти на Сумщині.", "ua")]
    [InlineData("Pertahanan udara\n\nSebanyak 50 dari 58 drone berhasil ditembak jatuh, sementara 8 lainnya menghantam sasaran di wilayah Sumy.", "ua")]
    [InlineData("Air defence\n\nAir defences shot down 40 drones, most of them over the Kyiv region.", "ua/kyiv-oblast")]
    [InlineData("Air defence\n\nAir defences destroyed 62 drones and three missiles overnight; five other drones struck buildings in Odesa, Mykolaiv and Kherson regions.", "ua")]
    [InlineData("Phòng không\n\nUkraine bắn hạ 62 UAV và 3 tên lửa trong đêm; 5 UAV khác đánh trúng các tòa nhà ở Odesa, Mykolaiv và Kherson.", "ua")]
    public void Analyze_APlaceInTheSegmentOfANumberThatIsNoFigure_IsThatNumbers(string text, string place)
    {
        var analysis = Analyze(text);

        Assert.NotEmpty(analysis.Figures);
        Assert.All(analysis.Figures, f => Assert.Equal(place, f.Place));
    }

    [Theory]
    [InlineData("Sumy\n\nدر حمله پهپادی به سومی ۵ نفر کشته شدند.", "ua/sumy-oblast/sumy")]
    [InlineData("Kramatorsk\n\nقُتل 4 أشخاص في قصف على كراماتورسك.", "ua/donetsk-oblast/kramatorsk")]
    [InlineData("Poltava\n\nدر حمله موشکی به پولتاوا ۷ نفر زخمی شدند.", "ua/poltava-oblast/poltava")]
    public void Analyze_CitiesInArabicScript_AreFound(string text, string place)
    {
        var figure = Assert.Single(Analyze(text).Figures);

        Assert.Equal(place, figure.Place);
    }

    [Theory]
    [InlineData("Зведення по області\n\nПавлоград. Уночі ворог атакував місто дронами, загинули двоє людей.\nКам'янське. Після обстрілу поранені троє людей, повідомили в ОВА.", "uk")]
    [InlineData("Region round-up\n\nPavlohrad. Drones struck the town overnight and two people were killed.\nKamianske. Three people were injured in shelling, officials said.", "en")]
    public void Analyze_ASentenceThatIsOnlyAPlace_HeadsTheSentencesAfterIt(string text, string language)
    {
        var analysis = Analyze(text);

        Assert.Equal(language, analysis.Language);
        AssertPlaces(analysis, (2, "ua/dnipropetrovsk-oblast/pavlohrad"), (3, "ua/dnipropetrovsk-oblast/kamianske"));
    }

    [Theory]
    [InlineData("Вчера в Павлограде в результате атаки погиб мужчина. Число раненых выросло до семи, сообщил глава Днепропетровской ОВА.", "ru")]
    [InlineData("Учора в Павлограді внаслідок атаки загинув чоловік. Кількість поранених зросла до семи, повідомив голова Дніпропетровської ОВА.", "uk")]
    public void Analyze_ARegionNamingTheAuthoritysSeat_IsNotTheFiguresPlace(string text, string language)
    {
        var analysis = Analyze(text);

        Assert.Equal(language, analysis.Language);
        Assert.Equal("ua/dnipropetrovsk-oblast/pavlohrad", analysis.Figures.Single(f => f.Value == 7).Place);
    }

    [Fact]
    public void Analyze_ACountOfPeopleInAnArticleAboutASea_TakesTheLandItNames()
    {
        var analysis = Analyze("Warships intercept drones\n\nThe navy said it downed six drones and one missile over the Red Sea on Tuesday. "
            + "Hours later, aircraft struck targets near the port of Hodeidah. The rebel-run health ministry said three people were killed.");

        Assert.Equal("sea/red-sea", analysis.Figures.Single(f => f.Value == 6).Place);
        Assert.Equal(("ye/hodeidah", "article"), (analysis.Figures.Single(f => f.Value == 3).Place, analysis.Figures.Single(f => f.Value == 3).PlaceBasis));
    }

    [Fact]
    public void Analyze_ACountOfPeopleInAnArticleNamingOnlyASea_StaysAtSea()
    {
        var analysis = Analyze("Bulk carrier hit\n\nA missile hit a bulk carrier in the Red Sea on Tuesday. Two crew members were killed, the operator said.");

        Assert.Equal("sea/red-sea", Assert.Single(analysis.Figures, f => f.Value == 2).Place);
    }

    [Fact]
    public void Analyze_PersianOccupiedTerritories_AreIsrael()
    {
        var analysis = Analyze("حمله موشکی\n\nسپاه اعلام کرد ۴۰ موشک بالستیک به سوی سرزمین‌های اشغالی شلیک شد.");

        Assert.Equal("il", Assert.Single(analysis.Figures).Place);
    }

    [Theory]
    [InlineData("Strike on Kermanshah\n\nFour people were killed in a strike on Kermanshah at dawn, the governor said. In the evening the Guards fired 40 ballistic missiles at Israel.", "en")]
    [InlineData("حمله به کرمانشاه\n\nدر حمله بامداد امروز به کرمانشاه چند نفر کشته شدند. عصر امروز ۴۰ موشک بالستیک به سوی سرزمین‌های اشغالی شلیک شد.", "fa")]
    [InlineData("Strike on Kermanshah\n\nFour people were killed in a strike on Kermanshah at dawn, the governor said. In the evening the Guards fired 40 ballistic missiles at air bases in Israel.", "en")]
    [InlineData("حمله به کرمانشاه\n\nدر حمله بامداد امروز به کرمانشاه چند نفر کشته شدند. عصر امروز ۴۰ موشک بالستیک به سوی پایگاه‌های هوایی در سرزمین‌های اشغالی شلیک شد.", "fa")]
    public void Analyze_AWeaponsTallyFiredAtACountry_IsThatCountrysNotTheArticles(string text, string language)
    {
        var analysis = Analyze(text);

        Assert.Equal(language, analysis.Language);
        Assert.Equal("il", Assert.Single(analysis.Figures, f => f.Value == 40).Place);
    }

    [Theory]
    [InlineData("Ship struck off Aden\n\nA merchant ship was hit in the Gulf of Aden on Sunday, and Israel said it had intercepted a missile over Eilat. U.S. Central Command said its forces shot down three Houthi drones over the Gulf of Aden.", "sea/gulf-of-aden")]
    [InlineData("Ship struck off Aden\n\nA merchant ship was hit in the Red Sea on Sunday, and Israel said it had intercepted a missile over Eilat. U.S. Central Command said its forces shot down three Houthi drones over the Red Sea.", "sea/red-sea")]
    public void Analyze_ASidesTallyOverASeaItsOpponentDoesNotCount_StaysAtThatSea(string text, string expected)
    {
        var analysis = Analyze(text);

        Assert.Equal(expected, Assert.Single(analysis.Figures, f => f.Value == 3).Place);
    }

    [Theory]
    [InlineData("Nachtangriff\n\nDie Luftabwehr habe 12 ukrainische Drohnen über dem Asowschen Meer zerstört, teilte das Ministerium in Moskau mit.", "ru")]
    public void Analyze_ASidesTallyOverASeaItsOpponentCounts_IsTheOpponents(string text, string expected)
    {
        var analysis = Analyze(text);

        Assert.Equal(expected, Assert.Single(analysis.Figures, f => f.Value == 12).Place);
    }

    [Theory]
    [InlineData("Strikes on southern Lebanon\n\nIsraeli strikes on villages in southern Lebanon killed six people on Saturday. The Israeli military said two drones crossing from Lebanon were intercepted.", "en", 2, "il")]
    [InlineData("Ship struck off Aden\n\nA merchant ship was hit in the Gulf of Aden. The Israeli military said on Sunday it had intercepted two missiles fired from Yemen.", "en", 2, "il")]
    [InlineData("Frappes au Liban-Sud\n\nDes frappes israéliennes ont tué six personnes au Liban-Sud samedi. L'armée israélienne a intercepté deux drones lancés depuis le Liban.", "fr", 2, "il")]
    [InlineData("Kapal diserang di Teluk Aden\n\nKapal diserang di Teluk Aden. Militer Israel mencegat dua rudal yang diluncurkan dari Yaman.", "id", 2, "il")]
    public void Analyze_AWeaponsTallyFromACountry_IsItsOpponents(string text, string language, long value, string expected)
    {
        var analysis = Analyze(text);

        Assert.Equal(language, analysis.Language);
        Assert.Equal(expected, Assert.Single(analysis.Figures, f => f.Value == value && f.Kind is FigureKind.DronesDowned or FigureKind.MissilesDowned).Place);
    }

    [Theory]
    [InlineData("У ніч на 3 листопада противник атакував Україну 143 ударними БпЛА, а також ракетами: 8 крилатих ракет Калібр з акваторії Чорного моря та 4 балістичні ракети Іскандер-М з Курської області. Збито 118 БпЛА.", "uk")]
    [InlineData("Russia attacked Ukraine overnight with 143 drones launched from the Kursk region and eight cruise missiles fired from the Black Sea. Air defences downed 118 drones.", "en")]
    public void Analyze_LaunchSitesAtSeaOrInTheLaunchersCountry_LeaveTheTallyTheAttackedCountrys(string text, string language)
    {
        var analysis = Analyze(text);

        Assert.Equal(language, analysis.Language);
        Assert.All(analysis.Figures, f => Assert.Equal("ua", f.Place));
    }

    [Theory]
    [InlineData("Drone strike near Kharkiv\n\nA drone hit a shop in a village about 25 km north of Kharkiv on Friday, killing two people, the governor said.", "en")]
    [InlineData("Drohnenangriff\n\nEine Drohne traf am Freitag ein Geschäft in einem Dorf rund 25 Kilometer nördlich von Charkiw, zwei Menschen wurden getötet.", "de")]
    [InlineData("Удар дрона\n\nУ п'ятницю дрон влучив у магазин у селі за 25 км від Харкова, загинули двоє людей.", "uk")]
    [InlineData("Ataque con dron\n\nUn dron alcanzó el viernes una tienda en un pueblo a unos 25 kilómetros de Járkov y mató a dos personas.", "es")]
    public void Analyze_APlaceADistanceIsMeasuredFrom_IsNearItInTheRegionNotInTheCity(string text, string language)
    {
        var analysis = Analyze(text);

        Assert.Equal(language, analysis.Language);
        Assert.Equal("ua/kharkiv-oblast/near-kharkiv", Assert.Single(analysis.Figures, f => f.Value == 2).Place);
    }

    [Theory]
    [InlineData("Drone strike in Kharkiv\n\nA drone hit a shop in Kharkiv on Friday, killing two people, the governor said. It was 25 km from the front.")]
    [InlineData("Drone strike in Kharkiv\n\nA drone hit a shop 25 metres from a school in Kharkiv on Friday, killing two people.")]
    public void Analyze_APlaceNamedBesideADistanceButNotMeasuredFrom_StaysThePlace(string text)
    {
        var analysis = Analyze(text);

        Assert.Equal("ua/kharkiv-oblast/kharkiv", Assert.Single(analysis.Figures, f => f.Value == 2).Place);
    }

    [Theory]
    [InlineData("Strikes on Sumy and Odesa\n\nA missile hit the port of Odesa on Friday. Separately, a drone struck a market in Sumy. Three people were killed in the town, the governor said.", "en", "ua/sumy-oblast/sumy")]
    [InlineData("Strikes on Sumy and Odesa\n\nA missile hit the port of Odesa on Friday. Separately, a drone struck a market in Sumy. Three people were killed in the city, the governor said.", "en", "ua/sumy-oblast/sumy")]
    [InlineData("Удари по Сумах та Одесі\n\nРакета влучила в порт Одеси. Також дрон атакував ринок у Сумах. У місті загинули троє людей.", "uk", "ua/sumy-oblast/sumy")]
    [InlineData("Serangan di Sumy dan Odesa\n\nRudal menghantam pelabuhan Odesa pada hari Jumat. Drone juga menyerang pasar di Sumy. Tiga orang tewas di kota itu.", "id", "ua/sumy-oblast/sumy")]
    public void Analyze_ACountNamingThePlaceMentionedBefore_IsThatPlaces(string text, string language, string expected)
    {
        var analysis = Analyze(text);

        Assert.Equal(language, analysis.Language);
        Assert.Equal(expected, Assert.Single(analysis.Figures, f => f.Value == 3).Place);
    }

    [Fact]
    public void Analyze_AnAnaphorBeforeANameOrWithNoPlaceBefore_IsNoAnaphor()
    {
        // "the city of Odesa" names Odesa itself; the first sentence's "the town" has nothing before it to name.
        var named = Analyze("Strikes on Sumy and Odesa\n\nA drone struck a market in Sumy on Friday. Three people were killed in the city of Odesa, the governor said.");
        var alone = Analyze("Strike\n\nThree people were killed in the town on Friday, the governor of the Sumy region said.");

        Assert.Equal("ua/odesa-oblast/odesa", Assert.Single(named.Figures, f => f.Value == 3).Place);
        Assert.Equal("ua/sumy-oblast", Assert.Single(alone.Figures, f => f.Value == 3).Place);
    }

    [Theory]
    [InlineData("Iran fires missiles at Israel\n\nIran fired around 110 ballistic missiles at Israel overnight, the Israeli military said. Jordan's air force shot down six drones, the army in Amman said.", "en")]
    [InlineData("Иран атаковал Израиль\n\nАрмия обороны Израиля сообщила, что Иран выпустил по Израилю около 110 баллистических ракет. Иорданские ВВС сбили шесть беспилотников над территорией королевства.", "ru")]
    public void Analyze_TheOneCountryADowningSentenceNamesBeforeItsCount_IsTheDowningsPlace(string text, string language)
    {
        var analysis = Analyze(text);

        Assert.Equal(language, analysis.Language);
        Assert.Equal("jo", Assert.Single(analysis.Figures, f => f.Value == 6).Place);
        Assert.Equal("il", Assert.Single(analysis.Figures, f => f.Value == 110).Place);
    }

    [Theory]
    [InlineData("Night attack on Ukraine\n\nUkraine's air force shot down 58 drones. Another 72 drones were lost in the area, and two flew back to Russia.")]
    [InlineData("Iran fires missiles at Israel\n\nIran fired 110 ballistic missiles at Israel overnight. Air defences shot down 90 missiles fired by Iran.")]
    public void Analyze_ACountryNamedAfterTheDownedCountOrAsTheLauncher_IsNoDowningPlace(string text)
    {
        var analysis = Analyze(text);

        Assert.DoesNotContain(analysis.Figures, f => f.Kind is FigureKind.DronesDowned or FigureKind.MissilesDowned && f.Place is "ru" or "ir");
    }

    [Theory]
    [InlineData("Strike near Kharkiv\n\nTwo people were killed in a village near Kharkiv on Tuesday, the governor said.", "en", "ua/kharkiv-oblast/near-kharkiv")]
    [InlineData("Удар под Харьковом\n\nДва человека погибли в селе под Харьковом во вторник, сообщил губернатор.", "ru", "ua/kharkiv-oblast/near-kharkiv")]
    [InlineData("Frappe au Liban\n\nUne frappe de drone contre une voiture près de Tyr a tué deux personnes jeudi.", "fr", "lb/south/near-tyre")]
    [InlineData("Strike in Kharkiv\n\nTwo people were killed in Kharkiv on Tuesday, the governor said near the site.", "en", "ua/kharkiv-oblast/kharkiv")]
    public void Analyze_APlaceNamedAfterANearWord_IsNearItNotInIt(string text, string language, string expected)
    {
        var analysis = Analyze(text);

        Assert.Equal(language, analysis.Language);
        Assert.Equal(expected, Assert.Single(analysis.Figures, f => f.Value == 2).Place);
    }

    [Theory]
    [InlineData("Strikes on Kharkiv\n\nTwo people were killed in Kharkiv and its suburbs on Tuesday, the governor said.", "en", "ua/kharkiv-oblast")]
    [InlineData("هجمات على خاركيف\n\nقُتل شخصان في هجمات روسية على مدينة خاركيف وضواحيها يوم الثلاثاء، وفق الحاكم.", "ar", "ua/kharkiv-oblast")]
    [InlineData("Удари по Харкову\n\nУ Харкові та області за добу загинули двоє людей.", "uk", "ua/kharkiv-oblast")]
    [InlineData("Strikes on Kharkiv and Odesa\n\nTwo people were killed in Kharkiv and three in Odesa on Tuesday.", "en", "ua/kharkiv-oblast/kharkiv")]
    public void Analyze_ACityWithItsSurroundings_IsTheRegionThatHoldsBoth(string text, string language, string expected)
    {
        var analysis = Analyze(text);

        Assert.Equal(language, analysis.Language);
        Assert.Equal(expected, Assert.Single(analysis.Figures, f => f.Value == 2).Place);
    }

    [Theory]
    [InlineData("Удар под Харьковом\n\nВ посёлке Безлюдовка под Харьковом в результате удара ранены три человека.", "ru", "ua/kharkiv-oblast/bezliudivka")]
    [InlineData("Strikes near Kharkiv\n\nIn Bezliudivka, about 10 km southeast of Kharkiv, three people were injured.", "en", "ua/kharkiv-oblast/bezliudivka")]
    [InlineData("Glide bombs on Kharkiv\n\nRussian glide bombs hit Kharkiv on Tuesday. In Pisochyn, about 10 km west of the city, three people were injured.", "en", "ua/kharkiv-oblast/pisochyn")]
    [InlineData("Strikes in the Kharkiv region\n\nA drone hit Kupiansk and a village near Kharkiv, injuring three people.", "en", "ua/kharkiv-oblast/near-kharkiv")]
    public void Analyze_ATownAndTheReferencePointThatSaysWhereItLies_IsTheTowns(string text, string language, string expected)
    {
        var analysis = Analyze(text);

        Assert.Equal(language, analysis.Language);
        Assert.Equal(expected, Assert.Single(analysis.Figures, f => f.Value == 3).Place);
    }

    [Theory]
    [InlineData("Glide bombs on Kharkiv\n\nRussian glide bombs hit Kharkiv on Tuesday. In a village about 10 km west of the city, three people were injured.", "ua/kharkiv-oblast/near-kharkiv")]
    [InlineData("Drones from Lebanon\n\nHezbollah said it launched drones at an army base near Kiryat Shmona. The military said three people were lightly wounded in the town.", "il/kiryat-shmona")]
    [InlineData("Glide bombs on Kharkiv\n\nRussian glide bombs hit Kharkiv on Tuesday. Three people were injured in the city.", "ua/kharkiv-oblast/kharkiv")]
    public void Analyze_AnAnaphorAfterADistanceIsNearThePlaceItNames_AndAfterANearWordIsThePlace(string text, string expected)
    {
        var analysis = Analyze(text);

        Assert.Equal(expected, Assert.Single(analysis.Figures, f => f.Value == 3).Place);
    }

    private ArticleAnalysis Analyze(string text) => analyzer.Analyze(new ArticleText(text, null));
}
