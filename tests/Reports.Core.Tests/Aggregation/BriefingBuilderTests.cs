using Reports.Core.Aggregation;
using Reports.Core.Figures;
using static Reports.Core.Tests.Aggregation.Analyses;

namespace Reports.Core.Tests.Aggregation;

public sealed class BriefingBuilderTests
{
    private const string Kharkiv = "ua/kharkiv-oblast/kharkiv";
    private const string Odesa = "ua/odesa-oblast/odesa";

    private static readonly BriefingFilter OneDay = new(new Period(Day1, Day1));

    private readonly BriefingBuilder sut = new(new FixedTimeProvider());

    [Fact]
    public void Build_TwoOutletsSameEvent_CountsItOnceWithBothSources()
    {
        var briefing = sut.Build([Article("a", Day1, Killed(12)), Article("b", Day1, Killed(12))], OneDay);

        var e = Assert.Single(briefing.Events);
        Assert.Equal(12, e.Headline);
        Assert.Equal(["a", "b"], e.Sources.Select(s => s.ArticleId));
        var total = Assert.Single(briefing.Totals);
        Assert.Equal(new KindTotal(FigureKind.Killed, 12, 12, 12, 1, 2), total);
    }

    [Fact]
    public void Build_SamePlaceAndDayDisagreeingValues_OneEventWithTheLargestOfTheLatestDayAndTheRange()
    {
        var briefing = sut.Build([Article("a", Day1, Killed(12, Qualifier.AtLeast).At(Kharkiv)), Article("b", Day1, Killed(15).At(Kharkiv)), Article("c", Day1, Killed(14, Qualifier.About).At(Kharkiv))], OneDay);

        var e = Assert.Single(briefing.Events);
        Assert.Equal(15, e.Headline);
        Assert.Equal(12, e.Lower);
        Assert.Null(e.Upper);
        Assert.Equal(3, e.Sources.Count);
        Assert.Equal(Kharkiv, e.Place);
        Assert.Equal(15, briefing.Totals[0].Headline);
        Assert.Null(briefing.Totals[0].Upper);
    }

    [Fact]
    public void Build_TollReportedNextDayForTheStatedDay_JoinsTheEventAndTheLatestReportIsTheHeadline()
    {
        var filter = new BriefingFilter(new Period(Day1, Day1.AddDays(1)));
        var early = Killed(10).At(Kharkiv).Saying("Ten people were killed in the strike on the city.");
        var later = Killed(25).At(Kharkiv).Saying("The toll of the strike on 27 March has risen to 25 dead.");

        var briefing = sut.Build([Article("a", Day1, early), Article("b", Day1.AddDays(1), later)], filter);

        var e = Assert.Single(briefing.Events);
        Assert.Equal((Day1, 25L, 10L), (e.Day, e.Headline, e.Lower));
        Assert.Equal(25, briefing.Totals[0].Headline);
    }

    [Fact]
    public void Build_LargerTollFromAnOutletFiledEarlier_IsTheHeadline()
    {
        // Tolls only rise: a later article stating fewer dead is an earlier or partial count, whatever its filing day.
        var filter = new BriefingFilter(new Period(Day1, Day1.AddDays(1)));
        var larger = Killed(31).At(Kharkiv).Saying("The strike on the market on 27 March killed 31 people.");
        var smaller = Killed(28).At(Kharkiv).Saying("The toll of the strike on 27 March stood at 28 overnight.");

        var briefing = sut.Build([Article("a", Day1, larger), Article("b", Day1.AddDays(1), smaller)], filter);

        var e = Assert.Single(briefing.Events);
        Assert.Equal((31L, 28L, (long?)31L), (e.Headline, e.Lower, e.Upper));
    }

    [Fact]
    public void Build_WeaponsTallyRepeatedNextDayWithAnotherNumber_HeadlineIsTheLatestDays()
    {
        // A weapons tally does not rise: the last day's statement of it wins, not the largest number.
        var filter = new BriefingFilter(new Period(Day1, Day1.AddDays(1)));
        var first = Fig(FigureKind.DronesLaunched, 140).At("ua").Saying("On 27 March Russia launched 140 drones and missiles.");
        var last = Fig(FigureKind.DronesLaunched, 126).At("ua").Saying("On 27 March Russia launched 126 drones, the air force said.");

        var briefing = sut.Build([Article("a", Day1, first), Article("b", Day1.AddDays(1), last)], filter);

        Assert.Equal(126, Assert.Single(briefing.Events).Headline);
    }

    [Fact]
    public void Build_WeaponsTallyMostSourcesStateOnTheLatestDay_IsTheHeadlineOverALargerClaim()
    {
        // Three outlets repeat the defender's "around 110" missiles; the launcher claims 130 the same day.
        var defender = Fig(FigureKind.MissilesLaunched, 110, Qualifier.About).At("il");
        var claim = Fig(FigureKind.MissilesLaunched, 130).At("il");

        var briefing = sut.Build([Article("a", Day1, defender), Article("b", Day1, defender), Article("c", Day1, defender), Article("d", Day1, claim)], OneDay);

        var e = Assert.Single(briefing.Events);
        Assert.Equal(110, e.Headline);
        Assert.Equal(130L, e.Upper);
    }

    [Fact]
    public void Build_WeaponsTallyStatedOnceEachOrATollStatedMoreOftenLower_IsTheLargest()
    {
        var weapons = sut.Build([Article("a", Day1, Fig(FigureKind.MissilesLaunched, 110).At("il")), Article("b", Day1, Fig(FigureKind.MissilesLaunched, 130).At("il"))], OneDay);
        var toll = sut.Build([Article("a", Day1, Killed(8).At(Kharkiv)), Article("b", Day1, Killed(8).At(Kharkiv)), Article("c", Day1, Killed(11).At(Kharkiv))], OneDay);

        Assert.Equal(130, Assert.Single(weapons.Events).Headline);
        Assert.Equal(11, Assert.Single(toll.Events).Headline);
    }

    [Fact]
    public void Build_StoredEventDay_IsUsedAsStored()
    {
        // Ingestion resolved and stored the event day; the report does not read the sentence again.
        var filter = new BriefingFilter(new Period(Day1.AddDays(-3), Day1));
        var stored = Killed(10).At(Kharkiv).Saying("Ten people were killed in the strike.") with { EventDate = Day1.AddDays(-2), EventDateBasis = "stated" };
        var unresolved = Killed(4).At(Odesa).Saying("Four people were killed on 26 March.");

        var briefing = sut.Build([Article("a", Day1, stored), Article("b", Day1, unresolved)], filter);

        Assert.Equal([(Day1.AddDays(-2), 10L), (Day1.AddDays(-1), 4L)], briefing.Events.Select(e => (e.Day, e.Headline)));
    }

    [Fact]
    public void Build_RecalledEventFromWeeksBefore_KeepsItsDateAndIsNotCountedInThePeriod()
    {
        var recalled = Killed(40).At(Kharkiv).Saying("On 2 March a missile strike killed 40 people there.");

        var briefing = sut.Build([Article("a", Day1, recalled, Killed(3).At(Odesa))], OneDay);

        var old = Assert.Single(briefing.Events, e => !e.Counted);
        Assert.Equal(new DateOnly(2025, 3, 2), old.Day);
        Assert.Contains("outside the period", old.NotCountedReason, StringComparison.Ordinal);
        Assert.Equal(3, briefing.Totals[0].Headline);
        Assert.Equal(1, briefing.Totals[0].Events);
    }

    [Theory]
    [InlineData("Last week a strike on the station killed 12 people.", "en")]
    [InlineData("La semaine dernière, une frappe sur la gare avait fait 12 morts.", "fr")]
    [InlineData("Минулого тижня удар по вокзалу забрав життя 12 людей.", "uk")]
    public void Build_StrikeRecalledFromLastWeek_IsNotCountedOnTheNewsDay(string evidence, string language)
    {
        var recalled = Killed(12).At(Kharkiv).Saying(evidence);

        var briefing = sut.Build([Article("a", Day1, language, recalled, Killed(3).At(Odesa))], OneDay);

        var old = Assert.Single(briefing.Events, e => !e.Counted);
        Assert.Equal(Day1.AddDays(-7), old.Day);
        Assert.Equal((3L, 1), (briefing.Totals[0].Headline, briefing.Totals[0].Events));
    }

    [Fact]
    public void Build_ReportFiledTheMorningAfter_ItsUndatedSentencesBelongToTheNightItsLeadDates()
    {
        // Day1 is a Thursday: a report filed on Thursday whose lead is Wednesday night's strike.
        var filter = new BriefingFilter(new Period(Day1.AddDays(-1), Day1));
        var lead = Killed(5).At(Kharkiv).Saying("On Wednesday night a strike on Kharkiv killed five people.");
        var later = Killed(2).At(Odesa).Saying("In Odesa two people were killed.") with { Offset = 60 };
        var sameNight = Killed(2).At(Odesa).Saying("Two people were killed in Odesa overnight.");

        var briefing = sut.Build([Article("a", Day1.AddDays(-1), sameNight), Article("b", Day1, lead, later)], filter);

        var odesa = Assert.Single(briefing.Events, e => e.Place == Odesa);
        Assert.Equal((Day1.AddDays(-1), 2L, 2), (odesa.Day, odesa.Headline, odesa.Sources.Count));
        Assert.Equal(7, briefing.Totals[0].Headline);
    }

    [Fact]
    public void Build_TollCorrectedDown_TheReplacedNumberIsNoHeadlineWhoeverStatesIt()
    {
        const string Sentence = "El ataque dejó siete muertos, según las autoridades, que corrigieron a la baja la cifra inicial de ocho fallecidos.";
        var first = Killed(8, Qualifier.AtLeast).At(Odesa).Saying("A strike on the port killed at least eight people.");
        var seven = Killed(7).At(Odesa).Saying(Sentence) with { EvidenceOffset = Sentence.IndexOf("siete", StringComparison.Ordinal) };
        var eight = Killed(8).At(Odesa).Saying(Sentence) with { EvidenceOffset = Sentence.IndexOf("ocho", StringComparison.Ordinal), Offset = 90 };

        var briefing = sut.Build([Article("a", Day1, first), Article("b", Day1, "es", seven, eight)], OneDay);

        var e = Assert.Single(briefing.Events);
        Assert.Equal((7L, 7L), (e.Headline, e.Lower));
    }

    [Fact]
    public void Build_TollCorrectedDownWithTheReplacedCountAfterIt_TheReplacedNumberIsNoHeadline()
    {
        // "загинули двоє людей, а не троє": the three is no figure of its own; it follows the two after "а не".
        const string Sentence = "Сумська ОВА уточнила: загинули двоє людей, а не троє, як повідомлялося раніше.";
        var first = Killed(3).At("ua/sumy-oblast/sumy").Saying("A Russian drone hit a minibus in Sumy, killing three people.");
        var two = Killed(2).At("ua/sumy-oblast").Saying(Sentence) with { EvidenceOffset = Sentence.IndexOf("двоє", StringComparison.Ordinal), Length = "двоє людей".Length };

        var briefing = sut.Build([Article("a", Day1, first), Article("b", Day1, "uk", two)], OneDay);

        var e = Assert.Single(briefing.Events);
        Assert.Equal((2L, 2L, (long?)3L), (e.Headline, e.Lower, e.Upper));
    }

    [Fact]
    public void Build_TollWithAnotherPlaceAfterANegation_IsNoCorrection()
    {
        // Negative: "а не" before a word that is no number ("а не в Сумах") replaces no count, and the larger toll stays.
        const string Sentence = "Загинули двоє людей у Харкові, а не в Сумах, як писали деякі канали.";
        var first = Killed(3).At(Kharkiv).Saying("Three people were killed in Kharkiv.");
        var two = Killed(2).At(Kharkiv).Saying(Sentence) with { EvidenceOffset = Sentence.IndexOf("двоє", StringComparison.Ordinal), Length = "двоє людей".Length };

        var briefing = sut.Build([Article("a", Day1, first), Article("b", Day1, "uk", two)], OneDay);

        Assert.Equal(3, Assert.Single(briefing.Events).Headline);
    }

    [Fact]
    public void Build_CountrysEarlyTollThatItsPartsOutgrow_IsWhatThePartsAddUpTo()
    {
        // "At least 12 killed across Sudan, nine of them in El Obeid" beside five killed in Kadugli and six near El Fasher
        // (one outlet naming only Darfur): the country's day is 9 + 5 + 6, not the early 12.
        var country = Killed(12, Qualifier.AtLeast).At("sd");
        var obeid = Killed(9).At("sd/kordofan/el-obeid");
        var briefing = sut.Build(
            [Article("a", Day1, country, obeid), Article("b", Day1, Killed(5).At("sd/kordofan/kadugli")),
             Article("c", Day1, Killed(6).At("sd/darfur/near-el-fasher")), Article("d", Day1, Killed(6).At("sd/darfur"))],
            OneDay);

        var e = Assert.Single(briefing.Events);
        Assert.Equal(("sd", 20L), (e.Place, e.Headline));
        Assert.Equal(20, briefing.Totals[0].Headline);
    }

    [Fact]
    public void Build_CountrysTollAndPartsThatFitOrTheWholeFiledUnderARegion_StaysTheCountrysToll()
    {
        // Negatives: parts that fit in the country's toll (4 + 2 of 6) add nothing; a figure as large as the whole filed
        // under its most named region ("14 Menschen wurden verletzt" in an article about Kherson) is the whole, not a part.
        var fitting = sut.Build(
            [Article("a", Day1, Killed(6).At("ua"), Killed(4).At("ua/sumy-oblast")), Article("b", Day1, Killed(2).At("ua/dnipropetrovsk-oblast/nikopol"))],
            OneDay);
        var filed = sut.Build(
            [Article("a", Day1, Fig(FigureKind.Injured, 14).At("ua")), Article("b", Day1, Fig(FigureKind.Injured, 14).At("ua/kherson-oblast")),
             Article("c", Day1, Fig(FigureKind.Injured, 5).At("ua/donetsk-oblast"))],
            OneDay);

        Assert.Equal((6L, 1), (fitting.Totals[0].Headline, fitting.Totals[0].Events));
        Assert.Equal((14L, 1), (filed.Totals[0].Headline, filed.Totals[0].Events));
    }

    [Fact]
    public void Build_ACityAndItsSurroundingsToll_HoldsTheCitysAndATownNearIt()
    {
        // "قُتل … وأصيب عشرة آخرون في … خاركيف وضواحيها" (the region that holds both, FigurePlaces' surroundings) beside
        // six injured in the city and four in a town near it: one day's ten, not twenty.
        var briefing = sut.Build(
            [Article("a", Day1, Fig(FigureKind.Injured, 10).At("ua/kharkiv-oblast")), Article("b", Day1, Fig(FigureKind.Injured, 6).At("ua/kharkiv-oblast/kharkiv")),
             Article("c", Day1, Fig(FigureKind.Injured, 4).At("ua/kharkiv-oblast/near-kharkiv"))],
            OneDay);

        Assert.Equal((10L, 1), (briefing.Totals[0].Headline, briefing.Totals[0].Events));
    }

    [Fact]
    public void Build_ACityAndATownNearItWithoutTheirRegionsToll_AreTwoEvents()
    {
        // Negative: "six injured in Kharkiv" and "four injured in a village near Kharkiv" are two places (FigurePlaces'
        // nears), so two events; equal counts in the city told twice stay one.
        var briefing = sut.Build(
            [Article("a", Day1, Fig(FigureKind.Injured, 6).At("ua/kharkiv-oblast/kharkiv")), Article("b", Day1, Fig(FigureKind.Injured, 6).At("ua/kharkiv-oblast/kharkiv")),
             Article("c", Day1, Fig(FigureKind.Injured, 4).At("ua/kharkiv-oblast/near-kharkiv"))],
            OneDay);

        Assert.Equal((10L, 2), (briefing.Totals[0].Headline, briefing.Totals[0].Events));
    }

    [Fact]
    public void Build_TollRisingWithoutCorrection_StillTheLargest()
    {
        const string Sentence = "Au moins 22 personnes ont été tuées, selon un nouveau bilan. Le précédent bilan faisait état de 18 morts.";
        var earlier = Killed(18).At(Odesa).Saying(Sentence) with { EvidenceOffset = Sentence.IndexOf("18", StringComparison.Ordinal), Offset = 70 };
        var now = Killed(22, Qualifier.AtLeast).At(Odesa).Saying(Sentence) with { EvidenceOffset = Sentence.IndexOf("22", StringComparison.Ordinal) };

        var briefing = sut.Build([Article("a", Day1, Killed(18).At(Odesa)), Article("b", Day1, "fr", now, earlier)], OneDay);

        Assert.Equal(22, Assert.Single(briefing.Events).Headline);
    }

    [Fact]
    public void Build_BulletinRepeatedUndatedNextDayWithItsRunningTotal_IsTheDayBefore()
    {
        var filter = new BriefingFilter(new Period(Day1, Day1.AddDays(1)));
        const string Gaza = "ps/gaza";
        var bulletin = Article("a", Day1, Killed(31).At(Gaza), Fig(FigureKind.Killed, 72480, Qualifier.Exact, FigureScope.Cumulative).At(Gaza));
        var repeated = Article("b", Day1.AddDays(1), "id", Killed(31).At(Gaza), Fig(FigureKind.Killed, 72480, Qualifier.Exact, FigureScope.Cumulative).At(Gaza));
        var otherTotal = Article("c", Day1.AddDays(1), "id", Killed(31).At(Gaza), Fig(FigureKind.Killed, 72511, Qualifier.Exact, FigureScope.Cumulative).At(Gaza));

        var same = sut.Build([bulletin, repeated], filter);
        var other = sut.Build([bulletin, otherTotal], filter);

        Assert.Equal((1, 31L), (same.EventCount, same.Totals[0].Headline));
        Assert.Equal(2, other.EventCount);
    }

    [Fact]
    public void Build_TwoTollsRepeatedUndatedNextDay_AreTheDayBefores()
    {
        var filter = new BriefingFilter(new Period(Day1, Day1.AddDays(1)));
        const string Gaza = "ps/gaza";
        var bulletin = Article("a", Day1, Killed(31).At(Gaza), Fig(FigureKind.Injured, 97).At(Gaza));
        var repeated = Article("b", Day1.AddDays(1), "id", Killed(31).At(Gaza), Fig(FigureKind.Injured, 97).At(Gaza));

        var briefing = sut.Build([bulletin, repeated], filter);

        Assert.All(briefing.Events, e => Assert.Equal(Day1, e.Day));
        Assert.Equal(2, briefing.EventCount);
    }

    [Fact]
    public void Build_TollThatRoseFiledUndatedNextDay_UpdatesTheDayBeforesTollAndTakesItsArticleAlong()
    {
        var filter = new BriefingFilter(new Period(Day1, Day1.AddDays(1)));
        var first = Article("a", Day1, Killed(3).At(Kharkiv), Fig(FigureKind.Injured, 17).At(Kharkiv));
        var rose = Killed(4).At(Kharkiv).Saying("Nach dem Angriff auf Charkiw ist die Zahl der Toten auf vier gestiegen.");
        var wounded = Fig(FigureKind.Injured, 19).At(Kharkiv).Saying("19 Menschen wurden verletzt.") with { Offset = 80 };

        var briefing = sut.Build([first, Article("b", Day1.AddDays(1), "de", rose, wounded)], filter);

        Assert.All(briefing.Events, e => Assert.Equal(Day1, e.Day));
        Assert.Equal((4L, 19L), (briefing.Totals.Single(t => t.Kind == FigureKind.Killed).Headline, briefing.Totals.Single(t => t.Kind == FigureKind.Injured).Headline));
    }

    [Fact]
    public void Build_LaterReportOfTheNight_TakesItsUndatedTollAlong()
    {
        var filter = new BriefingFilter(new Period(Day1, Day1.AddDays(1)));
        var night = Article("a", Day1, Fig(FigureKind.DronesLaunched, 352).At("ua"), Killed(2).At("ua/kyiv"));
        var later = Article("b", Day1.AddDays(1), "id", Fig(FigureKind.DronesLaunched, 352).At("ua"), Killed(2).At("ua/kyiv"));

        var briefing = sut.Build([night, later], filter);

        Assert.Equal(2, briefing.EventCount);
        Assert.Equal(2, briefing.Totals.Single(t => t.Kind == FigureKind.Killed).Headline);
    }

    [Fact]
    public void Build_LeadRecallingAnOlderStrike_LeavesTheUndatedSentencesOnThePublicationDay()
    {
        var filter = new BriefingFilter(new Period(Day1.AddDays(-7), Day1));
        var lead = Killed(9).At(Kharkiv).Saying("On 20 March a strike on Kharkiv killed nine people.");
        var later = Killed(2).At(Odesa).Saying("In Odesa two people were killed.") with { Offset = 60 };

        var briefing = sut.Build([Article("b", Day1, lead, later)], filter);

        Assert.Equal(Day1, Assert.Single(briefing.Events, e => e.Place == Odesa).Day);
    }

    [Fact]
    public void Build_RegionsOwnTallyAndTwoOfItsCities_AreOneEvent()
    {
        const string South = "lb/south";
        var region = Killed(9).At(South).Saying("Strikes killed nine people in southern Lebanon.");
        var nabatieh = Killed(5).At(South + "/nabatieh");
        var tyre = Killed(4).At(South + "/tyre");

        var briefing = sut.Build([Article("a", Day1, region), Article("b", Day1, nabatieh), Article("c", Day1, tyre)], OneDay);

        var e = Assert.Single(briefing.Events);
        Assert.Equal((South, 9L), (e.Place, e.Headline));
    }

    [Fact]
    public void Build_RegionsTollAndTwoPartsThatDoNotFitInIt_IsTheRegionsEventAndAnotherOne()
    {
        // Six injured "in the Kharkiv region" (an outlet naming only the region for a strike on a town near Kharkiv), five
        // near Kharkiv, four in the city: 5 + 4 do not fit in 6, so the city's four are an event of their own.
        const string Region = "ua/kharkiv-oblast";
        var region = Fig(FigureKind.Injured, 6).At(Region);
        var near = Fig(FigureKind.Injured, 5).At(Region + "/near-kharkiv");
        var city = Fig(FigureKind.Injured, 4).At(Kharkiv);

        var briefing = sut.Build([Article("a", Day1, region), Article("b", Day1, near), Article("c", Day1, city)], OneDay);

        Assert.Equal(10, briefing.Totals[0].Headline);
        Assert.Equal(2, briefing.Totals[0].Events);
        Assert.Equal(4, Assert.Single(briefing.Events, e => e.Place == Kharkiv).Headline);
    }

    [Fact]
    public void Build_RegionsTollWithOneLargerPartOrPartsThatFit_StaysOneEvent()
    {
        // A region's early count (3) below one city's later toll (5) is still one event; 4 + 3 fit in a region's 9.
        const string Region = "ua/kharkiv-oblast";
        var rising = sut.Build([Article("a", Day1, Killed(3).At(Region)), Article("b", Day1, Killed(5).At(Kharkiv))], OneDay);
        var fitting = sut.Build([Article("a", Day1, Killed(9).At(Region)), Article("b", Day1, Killed(4).At(Kharkiv)), Article("c", Day1, Killed(3).At(Region + "/izium"))], OneDay);

        Assert.Equal((5L, 1), (rising.Totals[0].Headline, rising.Totals[0].Events));
        Assert.Equal((9L, 1), (fitting.Totals[0].Headline, fitting.Totals[0].Events));
    }

    [Fact]
    public void Build_TwoCitiesOfARegionNoReportTalliesForTheRegion_StayTwoEvents()
    {
        var briefing = sut.Build([Article("b", Day1, Killed(5).At("lb/south/nabatieh")), Article("c", Day1, Killed(4).At("lb/south/tyre"))], OneDay);

        Assert.Equal(9, briefing.Totals[0].Headline);
        Assert.Equal(2, briefing.Totals[0].Events);
    }

    [Fact]
    public void Build_CombinedDronesAndMissilesCount_YieldsToASeparateCount()
    {
        var combined = Fig(FigureKind.DronesLaunched, 629) with { Combined = true };

        var briefing = sut.Build([Article("a", Day1, combined.At("ua")), Article("b", Day1, Fig(FigureKind.DronesLaunched, 598).At("ua"))], OneDay);

        Assert.Equal(598, Assert.Single(briefing.Events).Headline);
    }

    [Fact]
    public void Build_AboutAndExactSamePlace_RangeSpansBoth()
    {
        var briefing = sut.Build([Article("a", Day1, Killed(100, Qualifier.About).At(Kharkiv)), Article("b", Day1, Killed(95).At(Kharkiv))], OneDay);

        var e = Assert.Single(briefing.Events);
        Assert.Equal((100L, 90L, (long?)110L), (e.Headline, e.Lower, e.Upper));
    }

    [Fact]
    public void Build_SameDayDifferentCities_AreTwoEventsAndAdd()
    {
        var briefing = sut.Build([Article("a", Day1, Killed(2).At(Kharkiv)), Article("b", Day1, Killed(2).At(Odesa))], OneDay);

        Assert.Equal(2, briefing.Events.Count);
        Assert.Equal(4, briefing.Totals[0].Headline);
        Assert.Equal(2, briefing.Totals[0].Events);
    }

    [Fact]
    public void Build_SameValueOnDifferentDays_IsTwoEvents()
    {
        var filter = new BriefingFilter(new Period(Day1, Day1.AddDays(1)));

        var briefing = sut.Build([Article("a", Day1, Killed(12)), Article("b", Day1.AddDays(1), Killed(12))], filter);

        Assert.Equal(2, briefing.Events.Count);
        Assert.Equal(24, briefing.Totals[0].Headline);
        Assert.Equal([12L, 12L], briefing.Series.Select(p => p.Value));
    }

    [Fact]
    public void Build_DifferentKinds_NeverMerge()
    {
        var briefing = sut.Build([Article("a", Day1, Killed(12)), Article("b", Day1, Fig(FigureKind.Injured, 12))], OneDay);

        Assert.Equal(2, briefing.Events.Count);
        Assert.Equal([FigureKind.Killed, FigureKind.Injured], briefing.Totals.Select(t => t.Kind));
    }

    [Fact]
    public void Build_RegionalPartsOfANationalTally_AreOneEvent()
    {
        var national = Fig(FigureKind.DronesDowned, 90).At("ua");
        var briefing = sut.Build(
            [Article("a", Day1, national), Article("b", Day1, Fig(FigureKind.DronesDowned, 6).At("ua/mykolaiv-oblast")), Article("c", Day1, Fig(FigureKind.DronesDowned, 11).At(Odesa))],
            OneDay);

        var e = Assert.Single(briefing.Events);
        Assert.Equal(("ua", 90L), (e.Place, e.Headline));
        Assert.Equal(3, e.Sources.Count);
        Assert.Equal(90, briefing.Totals[0].Headline);
    }

    [Fact]
    public void Build_UnknownPlace_JoinsTheEventOfItsKindAndDay()
    {
        var briefing = sut.Build([Article("a", Day1, Killed(5).At(Kharkiv)), Article("b", Day1, Killed(6))], OneDay);

        Assert.Equal(6, Assert.Single(briefing.Events).Headline);
    }

    [Fact]
    public void Build_UnknownPlace_JoinsTheEventWhoseNumberItStates()
    {
        // A tally of 53 with no place, on a night both sides reported: it is Russia's 53, not Ukraine's 98.
        var ukraine = Fig(FigureKind.DronesDowned, 98).At("ua");
        var russia = Fig(FigureKind.DronesDowned, 53).At("ru") with { Side = "ua" };
        var unplaced = Fig(FigureKind.DronesDowned, 53);

        var briefing = sut.Build([Article("a", Day1, ukraine), Article("b", Day1, russia), Article("c", Day1, unplaced)], OneDay);

        Assert.Equal(2, briefing.EventCount);
        Assert.Equal(151, briefing.Totals[0].Headline);
        Assert.Equal(2, Assert.Single(briefing.Events, e => e.Place == "ru").Sources.Count);
    }

    [Fact]
    public void Build_BreakdownInOneArticle_IsShownAsAPartAndNotAdded()
    {
        var briefing = sut.Build([Article("a", Day1, Killed(5), Killed(2))], OneDay);

        var e = Assert.Single(briefing.Events);
        Assert.Equal(5, e.Headline);
        Assert.Single(e.Sources, s => s.Part && s.Figure.Value == 2);
        Assert.Equal(5, briefing.Totals[0].Headline);
        Assert.Equal(1, briefing.Totals[0].Events);
    }

    [Fact]
    public void Build_OneArticleTwoCities_AreTwoEvents()
    {
        var briefing = sut.Build([Article("a", Day1, Killed(3).At(Kharkiv), Killed(2).At(Odesa))], OneDay);

        Assert.Equal(2, briefing.Events.Count);
        Assert.Equal(5, briefing.Totals[0].Headline);
    }

    [Fact]
    public void Build_OneArticleTwoFiguresOneCity_TheSmallerIsAPart()
    {
        var briefing = sut.Build([Article("a", Day1, Killed(10, Qualifier.About).At(Kharkiv), Killed(11).At(Kharkiv))], OneDay);

        var e = Assert.Single(briefing.Events);
        Assert.Equal(11, e.Headline);
        Assert.Equal(11, briefing.Totals[0].Headline);
    }

    [Fact]
    public void Build_OtherOutletReportsTheBreakdownAlone_IsNotAddedAgain()
    {
        var briefing = sut.Build([Article("a", Day1, Killed(5).At(Kharkiv), Killed(2).At(Kharkiv)), Article("b", Day1, Killed(2).At(Kharkiv))], OneDay);

        Assert.Equal(5, briefing.Totals[0].Headline);
        Assert.Equal(3, Assert.Single(briefing.Events).Sources.Count);
    }

    [Fact]
    public void Build_RunningTotalsOfTwoPlaces_AreBothReported()
    {
        var briefing = sut.Build([Article("a", Day1, KilledSoFar(45000).At("ps/gaza")), Article("b", Day1, KilledSoFar(12000).At("ua"))], OneDay);

        Assert.Equal(["ps/gaza", "ua"], briefing.Cumulative.Select(c => c.Place));
        Assert.Empty(briefing.Events);
    }

    [Fact]
    public void Build_CumulativeFigures_AreNeverSummedAndTheLatestLargestIsReported()
    {
        var filter = new BriefingFilter(new Period(Day1, Day1.AddDays(2)));
        var briefing = sut.Build(
            [
                Article("a", Day1, KilledSoFar(9000), Killed(3)),
                Article("b", Day1.AddDays(2), KilledSoFar(9400)),
                Article("c", Day1.AddDays(2), KilledSoFar(9432)),
                Article("d", Day1.AddDays(1), KilledSoFar(9999)),
            ],
            filter);

        Assert.Equal(3, briefing.Totals.Single().Headline);
        var c = Assert.Single(briefing.Cumulative);
        Assert.Equal(FigureScope.Cumulative, c.Scope);
        Assert.Equal(Day1.AddDays(2), c.Day);
        Assert.Equal(9432, c.Headline);
        Assert.Equal(["c"], c.Sources.Select(s => s.ArticleId));
    }

    [Fact]
    public void Build_CumulativeStatedAlike_ListsEveryAgreeingSource()
    {
        var briefing = sut.Build([Article("a", Day1, KilledSoFar(9432)), Article("b", Day1, Fig(FigureKind.Killed, 9400, Qualifier.MoreThan, FigureScope.Cumulative))], OneDay);

        var c = Assert.Single(briefing.Cumulative);
        Assert.Equal(9432, c.Headline);
        Assert.Equal(2, c.Sources.Count);
        Assert.Empty(briefing.Events);
    }

    [Fact]
    public void Build_PeriodFilter_LeavesOutOtherDays()
    {
        var briefing = sut.Build([Article("a", Day1, Killed(3)), Article("b", Day1.AddDays(-1), Killed(7)), Article("c", Day1.AddDays(1), Killed(9))], OneDay);

        Assert.Equal(["a"], briefing.Articles.Select(a => a.ArticleId));
        Assert.Equal(3, briefing.Totals[0].Headline);
    }

    [Fact]
    public void Build_LanguageFilter_KeepsOnlyThoseLanguages()
    {
        var filter = OneDay with { Languages = ["FA", "vi"] };

        var briefing = sut.Build([Article("a", Day1, "fa", Killed(3).At(Kharkiv)), Article("b", Day1, "en", Killed(7).At(Odesa)), Article("c", Day1, "vi", Killed(9).At("ps/gaza"))], filter);

        Assert.Equal(["a", "c"], briefing.Articles.Select(a => a.ArticleId));
        Assert.Equal(12, briefing.Totals[0].Headline);
    }

    [Fact]
    public void Build_KindFilter_KeepsOnlyThoseKindsAndShowsThemEvenWhenEmpty()
    {
        var filter = OneDay with { Kinds = [FigureKind.DronesDowned, FigureKind.Injured] };

        var briefing = sut.Build([Article("a", Day1, Killed(3), Fig(FigureKind.DronesDowned, 40)), Article("b", Day1, Killed(7))], filter);

        Assert.Equal(["a"], briefing.Articles.Select(a => a.ArticleId));
        Assert.Equal([FigureKind.Injured, FigureKind.DronesDowned], briefing.Totals.Select(t => t.Kind));
        Assert.Equal([0L, 40L], briefing.Totals.Select(t => t.Headline));
        Assert.All(briefing.Events, e => Assert.Equal(FigureKind.DronesDowned, e.Kind));
    }

    [Fact]
    public void Build_SourceFilter_MatchesPartOfTheSourceIgnoringCase()
    {
        var briefing = sut.Build([Article("a", Day1, Killed(3)) with { Source = "wires/Reuters-1.txt" }, Article("b", Day1, Killed(7))], OneDay with { SourceContains = "reuters" });

        Assert.Equal(["a"], briefing.Articles.Select(a => a.ArticleId));
    }

    [Theory]
    [InlineData("Kharkiv region", "a:3,b:4")]
    [InlineData("Харків", "a:3")]
    [InlineData("ua/odesa-oblast", "b:9")]
    [InlineData("odesa,Kharkiv", "a:3,b:9")]
    [InlineData("Lviv", "")]
    public void Build_PlaceFilter_KeepsOnlyTheFiguresInThePlaceOrInsideIt(string places, string expected)
    {
        var a = Article("a", Day1, Killed(3).At(Kharkiv), Killed(5).At("ua/kyiv"));
        var b = Article("b", Day1, Killed(4).At("ua/kharkiv-oblast/kupiansk"), Killed(9).At(Odesa));
        var c = Article("c", Day1, Killed(20));

        var briefing = sut.Build([a, b, c], OneDay with { Places = places.Split(',') });

        var kept = briefing.Articles.SelectMany(x => x.Figures.Select(f => $"{x.ArticleId}:{f.Value}"));
        Assert.Equal(expected, string.Join(",", kept));
        Assert.Equal(briefing.Events.Where(e => e.Counted).Sum(e => e.Headline), briefing.Totals.Sum(t => t.Headline));
    }

    [Fact]
    public void Build_FailedAnalysesAndRepeatedIds_AreLeftOutOrTakenOnce()
    {
        var failed = Article("x", Day1, Killed(50)) with { Error = "file is empty (0 bytes)." };

        var briefing = sut.Build([Article("a", Day1, Killed(3)), Article("a", Day1, Killed(3)), failed], OneDay);

        Assert.Single(briefing.Articles);
        Assert.Equal(3, briefing.Totals[0].Headline);
        Assert.Single(briefing.Events[0].Sources);
    }

    [Fact]
    public void Build_SamePlaceAndDayDifferentSides_TwoEvents()
    {
        var soldiers = Killed(6).At("ps/gaza") with { Side = "il" };
        var civilians = Killed(20).At("ps/gaza") with { Side = "ps" };

        var briefing = sut.Build([Article("a", Day1, soldiers), Article("b", Day1, civilians)], OneDay);

        Assert.Equal(2, briefing.EventCount);
        Assert.Equal(26, briefing.Totals[0].Headline);
    }

    [Fact]
    public void Build_UndatedWeaponsTallyRepeatedNextMorning_JoinsTheNightBefore()
    {
        var filter = new BriefingFilter(new Period(Day1, Day1.AddDays(1)));
        var night = Fig(FigureKind.MissilesDowned, 81).At("ua").Saying("Air defences destroyed 81 missiles overnight.");
        var repeated = Fig(FigureKind.MissilesDowned, 81).At("ua").Saying("Air defences destroyed 81 missiles.");

        var briefing = sut.Build([Article("a", Day1, night), Article("b", Day1.AddDays(1), repeated)], filter);

        var e = Assert.Single(briefing.Events);
        Assert.Equal((Day1, 81L, 2), (e.Day, e.Headline, e.Sources.Count));
    }

    [Fact]
    public void Build_LaterReportOfTheNight_TakesItsOtherUndatedTalliesAlong()
    {
        // The morning-after article repeats the drones tally (81) and adds missiles nobody else counted the same way:
        // the whole article reports that night, so its missiles join the night's event rather than making a second day.
        var filter = new BriefingFilter(new Period(Day1, Day1.AddDays(1)));
        var nightDrones = Fig(FigureKind.DronesDowned, 81).At("ua").Saying("Air defences destroyed 81 drones overnight.");
        var nightMissiles = Fig(FigureKind.MissilesDowned, 2).At("ua").Saying("Air defences destroyed 2 missiles overnight.");
        var drones = Fig(FigureKind.DronesDowned, 81).At("ua").Saying("81 drones were destroyed.");
        var missiles = Fig(FigureKind.MissilesDowned, 3).At("ua").Saying("Three missiles were destroyed.");

        var briefing = sut.Build([Article("a", Day1, nightDrones, nightMissiles), Article("b", Day1.AddDays(1), drones, missiles)], filter);

        Assert.All(briefing.Events, e => Assert.Equal(Day1, e.Day));
        Assert.Equal(2, briefing.EventCount);
        Assert.Equal(3, Assert.Single(briefing.Events, e => e.Kind == FigureKind.MissilesDowned).Headline);
    }

    [Fact]
    public void Build_VagueWeaponsCount_YieldsToACountedOne_ButStandsAlone()
    {
        var dozens = Fig(FigureKind.MissilesLaunched, 12, Qualifier.AtLeast).At("ua") with { Vague = true };
        var counted = Fig(FigureKind.MissilesLaunched, 3).At("ua");

        var both = sut.Build([Article("a", Day1, dozens), Article("b", Day1, counted)], OneDay);
        var alone = sut.Build([Article("a", Day1, dozens)], OneDay);

        Assert.Equal(3, Assert.Single(both.Events).Headline);
        Assert.Equal(12, Assert.Single(alone.Events).Headline);
    }

    [Fact]
    public void Build_VagueToll_StillTheLargestStated()
    {
        var dozens = Killed(12, Qualifier.AtLeast).At(Kharkiv) with { Vague = true };

        var briefing = sut.Build([Article("a", Day1, dozens), Article("b", Day1, Killed(9).At(Kharkiv))], OneDay);

        Assert.Equal(12, Assert.Single(briefing.Events).Headline);
    }

    [Fact]
    public void Build_UndatedEqualTollNextDay_StaysItsOwnEvent()
    {
        var filter = new BriefingFilter(new Period(Day1, Day1.AddDays(1)));

        var briefing = sut.Build([Article("a", Day1, Killed(4).At("ua")), Article("b", Day1.AddDays(1), Killed(4).At("ua"))], filter);

        Assert.Equal(2, briefing.EventCount);
        Assert.Equal(8, briefing.Totals[0].Headline);
    }

    [Fact]
    public void Build_CrimeaAndBlackSeaPiecesOfRussiasTally_JoinIt()
    {
        var tally = Fig(FigureKind.DronesDowned, 102).At("ru");
        var crimea = Fig(FigureKind.DronesDowned, 11).At("ua/crimea");
        var sea = Fig(FigureKind.DronesDowned, 22).At("sea/black-sea");

        var briefing = sut.Build([Article("a", Day1, tally), Article("b", Day1, crimea, sea)], OneDay);

        var e = Assert.Single(briefing.Events);
        Assert.Equal(("ru", 102L), (e.Place, e.Headline));
    }

    [Fact]
    public void Build_RunningTotalsOfTwoSidesInOnePlace_BothKept()
    {
        var soldiers = KilledSoFar(185).At("ps/gaza") with { Side = "il" };
        var civilians = KilledSoFar(23000).At("ps/gaza") with { Side = "ps" };

        var briefing = sut.Build([Article("a", Day1, soldiers), Article("b", Day1, civilians)], OneDay);

        Assert.Equal([185L, 23000L], briefing.Cumulative.Select(c => c.Headline).Order());
    }

    [Fact]
    public void Build_UnboundedEvent_MakesTheTotalUpperNull()
    {
        var briefing = sut.Build([Article("a", Day1, Killed(3).At(Kharkiv)), Article("b", Day1, Killed(20, Qualifier.MoreThan).At(Odesa))], OneDay);

        var total = briefing.Totals[0];
        // "more than 20": the stated 20 is the headline; the range is 21–∞ as the qualifier legend says.
        Assert.Equal((23L, 24L), (total.Headline, total.Lower));
        Assert.Null(total.Upper);
    }

    [Fact]
    public void Build_Series_HasEveryDayOfThePeriodPerKind()
    {
        var filter = new BriefingFilter(new Period(Day1, Day1.AddDays(6)));

        var briefing = sut.Build([Article("a", Day1.AddDays(3), Killed(3)), Article("b", Day1.AddDays(3), Fig(FigureKind.Injured, 8))], filter);

        Assert.Equal(14, briefing.Series.Count);
        Assert.Equal(3, briefing.Series.Single(p => p.Kind == FigureKind.Killed && p.Day == Day1.AddDays(3)).Value);
        Assert.Equal(3, briefing.Series.Where(p => p.Kind == FigureKind.Killed).Sum(p => p.Value));
    }

    [Fact]
    public void Build_ThousandsOfArticlesInAnyOrder_SameBriefing()
    {
        // Enough articles to be split across cores: chunks and per-day runs are put back in order.
        string[] places = [Kharkiv, Odesa, "ua/kharkiv-oblast", "ua"];
        var filter = new BriefingFilter(new Period(Day1, Day1.AddDays(9)));
        var articles = Enumerable.Range(0, 6000).Select(i =>
        {
            var day = Day1.AddDays(i % 10);
            var place = places[i % places.Length];
            Figure[] figures =
            [
                Killed(1 + (i % 13), i % 3 == 0 ? Qualifier.AtLeast : Qualifier.Exact).At(place),
                Fig(FigureKind.DronesDowned, 40 + (i % 5)).At("ua") with { EventDate = day, EventDateBasis = "publication" },
                Killed(1 + (i % 13) / 2).At(place),
            ];
            return Article($"a{i:D5}", day, [.. figures.Select(f => f with { EventDate = f.EventDate ?? day, EventDateBasis = f.EventDateBasis ?? "publication" })]);
        }).ToList();
        var shuffled = articles.OrderBy(a => a.ArticleId.GetHashCode(StringComparison.Ordinal)).ToList();

        var first = sut.Build(articles, filter);
        var second = sut.Build(shuffled, filter);

        Assert.Equal(Render(first), Render(second));

        // Tolls never move between days: the period's events are each day's, built alone (600 articles, one core).
        var killedOnly = filter with { Kinds = [FigureKind.Killed] };
        var byDay = string.Join("\n", Enumerable.Range(0, 10).SelectMany(d => sut.Build(articles, killedOnly with { Period = new Period(Day1.AddDays(d), Day1.AddDays(d)) }).Events).Select(Line));
        Assert.Equal(byDay, string.Join("\n", sut.Build(articles, killedOnly).Events.Select(Line)));
        Assert.Equal(first.Events.Where(e => e.Kind == FigureKind.Killed).Sum(e => e.Headline), first.Totals.Single(t => t.Kind == FigureKind.Killed).Headline);
        Assert.Equal(6000, first.Totals.Single(t => t.Kind == FigureKind.Killed).Sources);
        Assert.All(first.Events.Where(e => e.Kind == FigureKind.Killed), e => Assert.Contains(e.Sources, s => s.Part));
    }

    private static string Render(Reports.Core.Briefings.Briefing briefing) =>
        string.Join("\n", briefing.Events.Select(Line)) + string.Join("\n", briefing.Totals) + string.Join(",", briefing.Articles.Select(a => a.ArticleId));

    private static string Line(ReportedEvent e) =>
        $"{e.Day} {e.Kind} {e.Place} {e.Headline} {e.Lower} {e.Upper} {string.Join(",", e.Sources.Select(s => $"{s.ArticleId}:{s.Figure.Value}:{s.Part}"))}";

    [Fact]
    public void Build_GeneratedAt_ComesFromTheTimeProvider()
    {
        var briefing = sut.Build([], OneDay);

        Assert.Equal(FixedTimeProvider.Noon, briefing.GeneratedAt);
        Assert.Empty(briefing.Totals);
        Assert.Empty(briefing.Events);
    }

    [Fact]
    public void Build_AnotherCountOfItsKind_IsAddedNotAPart()
    {
        // "shot down 58 drones, and another 72 were lost": the article's count is 130.
        var shot = Fig(FigureKind.DronesDowned, 58).At("ua") with { Offset = 10 };
        var lost = Fig(FigureKind.DronesDowned, 72).At("ua") with { Offset = 40, Additional = true };

        var briefing = sut.Build([Article("a", Day1, shot, lost)], OneDay);

        Assert.Equal(130, Assert.Single(briefing.Events).Headline);
        Assert.Equal(130, briefing.Totals[0].Headline);
    }

    [Fact]
    public void Build_AnotherCountInAPlaceThatDoesNotFit_StaysApart()
    {
        // "… два — над Волгоградской областью. Еще один — над Азовским морем": a list of parts, not an addition to the tally.
        var total = Fig(FigureKind.DronesDowned, 40).At("ru") with { Offset = 0 };
        var part = Fig(FigureKind.DronesDowned, 2).At(Kharkiv) with { Offset = 30 };
        var more = Fig(FigureKind.DronesDowned, 1).At(Odesa) with { Offset = 60, Additional = true };

        var briefing = sut.Build([Article("a", Day1, total, part, more)], OneDay);

        Assert.DoesNotContain(briefing.Events, e => e.Headline == 3);
        Assert.DoesNotContain(briefing.Events, e => e.Headline == 41);
    }

    [Fact]
    public void Build_AnotherOneAfterATollThatRose_IsNotAddedAgain()
    {
        // "Кількість загиблих … зросла до семи. Ще одна людина померла в лікарні": the seven holds the one that explains the
        // rise, so the article's toll is seven, not eight.
        var risen = Killed(7).At(Odesa).Saying("Кількість загиблих унаслідок удару по Одесі зросла до семи.") with { Offset = 10 };
        var more = Killed(1).At(Odesa).Saying("Ще одна людина померла в лікарні.") with { Offset = 70, Additional = true };

        var briefing = sut.Build([Article("a", Day1, "uk", risen, more)], OneDay);

        Assert.Equal(7, Assert.Single(briefing.Events).Headline);
    }

    [Fact]
    public void Build_AnotherOneAfterATollThatDidNotRise_IsAdded()
    {
        // Negative: "Загинули шестеро людей. Ще одна людина померла в лікарні" is seven.
        var toll = Killed(6).At(Odesa).Saying("Унаслідок удару по Одесі загинули шестеро людей.") with { Offset = 10 };
        var more = Killed(1).At(Odesa).Saying("Ще одна людина померла в лікарні.") with { Offset = 70, Additional = true };

        var briefing = sut.Build([Article("a", Day1, "uk", toll, more)], OneDay);

        Assert.Equal(7, Assert.Single(briefing.Events).Headline);
    }

    [Fact]
    public void Build_AnotherCountWithNothingBeforeIt_IsItself()
    {
        var briefing = sut.Build([Article("a", Day1, Fig(FigureKind.DronesDowned, 72).At("ua") with { Additional = true })], OneDay);

        Assert.Equal(72, Assert.Single(briefing.Events).Headline);
    }
}
