using Reports.Core.Aggregation;
using Reports.Core.Analysis;
using Reports.Core.Articles;
using Reports.Core.Figures;

namespace Reports.Core.Tests.Aggregation;

/// <summary>
/// Twenty-third session, the events helper (docs/aggregation.md, "Twenty-third session"): a past-day tally whose sentence
/// names the day it is published ("said on Monday that 38 … over the past 24 hours") is dated by its report, not by its
/// event, and is the day before's like an undated one; a regional total before a list of towns holds their tolls.
/// Sentences written for these tests.
/// </summary>
public sealed class TwentyThirdEventsTests
{
    // A Sunday and the Monday after it.
    private static readonly DateOnly Day = new(2026, 5, 17);
    private static readonly DateOnly Morning = Day.AddDays(1);

    private readonly ArticleAnalyzer analyzer = new();

    [Theory]
    [InlineData("en", "Gaza's health ministry said on Monday that 38 people had been killed in Israeli strikes over the past 24 hours.")]
    [InlineData("es", "El Ministerio de Sanidad de Gaza informó este lunes de 38 muertos en las últimas 24 horas en la Franja.")]
    [InlineData("fr", "Le ministère de la Santé de Gaza a fait état lundi de 38 morts au cours des dernières 24 heures.")]
    [InlineData("de", "Das Gesundheitsministerium im Gazastreifen meldete am Montag 38 Tote in den vergangenen 24 Stunden.")]
    [InlineData("id", "Kementerian Kesehatan Gaza pada Senin melaporkan 38 orang tewas dalam 24 jam terakhir.")]
    [InlineData("vi", "Bộ Y tế Gaza hôm thứ hai cho biết 38 người thiệt mạng trong 24 giờ qua.")]
    [InlineData("ar", "أعلنت وزارة الصحة في غزة يوم الاثنين مقتل 38 شخصا خلال الـ24 ساعة الماضية.")]
    [InlineData("fa", "وزارت بهداشت غزه روز دوشنبه اعلام کرد در ۲۴ ساعت گذشته ۳۸ نفر در غزه کشته شدند.")]
    [InlineData("uk", "Міністерство охорони здоров'я Гази в понеділок повідомило, що за минулу добу в Газі загинули 38 людей.")]
    [InlineData("ru", "Минздрав сектора Газа в понедельник сообщил, что за прошедшие сутки в Газе погибли 38 человек.")]
    public void Build_APastDayTallyThatNamesItsReportsDay_HoldsTheDayBeforesTolls(string language, string tally)
    {
        // Before: "on Monday" dated the tally to Monday, so it held none of Sunday's tolls (killed 50 for 38).
        var briefing = Build(
            ("Nuseirat\n\nAn Israeli airstrike hit a school sheltering displaced families in Nuseirat in Gaza on Sunday, killing 12 people.", Day),
            ("Gaza\n\n" + tally, Morning));

        var killed = briefing.Totals.Single(t => t.Kind == FigureKind.Killed);
        Assert.Equal((38L, 1), (killed.Headline, killed.Events));
        Assert.Equal(Day, briefing.Events.Single(e => e.Kind == FigureKind.Killed).Day);
        Assert.NotEqual("", language);
    }

    [Fact]
    public void Build_ATollThatNamesItsDayWithoutPastDayWords_KeepsItsDay()
    {
        // Negative: without words of a past day, "on Monday" is the event's day.
        var briefing = Build(
            ("Nuseirat\n\nAn Israeli airstrike hit a school in Nuseirat in Gaza on Sunday, killing 12 people.", Day),
            ("Gaza\n\nIsraeli strikes across Gaza killed 38 people on Monday, the health ministry said.", Morning));

        var killed = briefing.Totals.Single(t => t.Kind == FigureKind.Killed);
        Assert.Equal((50L, 2), (killed.Headline, killed.Events));
    }

    [Fact]
    public void Build_APastDayTallyWithATollOfItsReportsDay_KeepsItsDay()
    {
        // Negative: a toll of Monday inside it makes the tally Monday's, whatever Sunday held.
        var briefing = Build(
            ("Nuseirat\n\nAn Israeli airstrike hit a school in Nuseirat in Gaza on Sunday, killing 12 people.", Day),
            ("Khan Younis\n\nAn Israeli strike on a tent camp in Khan Younis killed nine people on Monday morning.", Morning),
            ("Gaza\n\nGaza's health ministry said on Monday that 38 people had been killed in Israeli strikes over the past 24 hours.", Morning));

        var tally = briefing.Events.Single(e => e.Kind == FigureKind.Killed && e.Headline == 38);
        Assert.Equal(Morning, tally.Day);
    }

    [Fact]
    public void Build_ARegionsTotalBeforeAListOfTowns_HoldsTheirTolls()
    {
        // Before: the region's 3 was filed under Zaporizhzhia, its first item, so Orikhiv's toll was counted beside it
        // (killed 4 for 3).
        var briefing = Build(
            ("Запоріжжя\n\nО 09:10 ворог завдав удару КАБами по Запоріжжю. Загинули 2 людини, ще 7 поранені.", Day),
            ("Запорізька ОВА\n\nЗа минулу добу у Запорізькій області загинули 3 людини — 2 у Запоріжжі та 1 в Оріхові.", Morning));

        var killed = briefing.Totals.Single(t => t.Kind == FigureKind.Killed);
        Assert.Equal((3L, 1), (killed.Headline, killed.Events));
    }

    [Theory]
    [InlineData("en", "The Israeli military said it had intercepted two drones launched from Yemen before they reached Eilat.")]
    [InlineData("id", "Dua drone yang diluncurkan dari Yaman dicegat militer Israel sebelum mencapai Eilat.")]
    [InlineData("de", "Die israelische Armee hat nach eigenen Angaben zwei aus dem Jemen gestartete Drohnen vor Eilat abgefangen.")]
    [InlineData("ru", "ЦАХАЛ сообщил, что перехватил два беспилотника, запущенных из Йемена в сторону Эйлата.")]
    [InlineData("es", "El ejército israelí interceptó dos drones lanzados desde Yemen antes de que alcanzaran Eilat.")]
    public void Build_DronesDownedNearACoastalTownAndOverItsSea_AreOneEvent(string language, string nearTown)
    {
        // Before: the town's downings (Israel) and the sea's (the Red Sea, Yemen's in alsoIn) were two events (4 for 2).
        var briefing = Build(
            ("Eilat\n\n" + nearTown, Day),
            ("Drones du Yémen\n\nL'armée israélienne a annoncé avoir intercepté deux drones lancés depuis le Yémen au-dessus de la mer Rouge.", Day));

        var downed = briefing.Totals.Single(t => t.Kind == FigureKind.DronesDowned);
        Assert.Equal((2L, 1), (downed.Headline, downed.Events));
        Assert.NotEqual("", language);
    }

    [Fact]
    public void Build_DronesDownedOverAPortAndOverASeaNoEnemyOfItCounts_AreTwoEvents()
    {
        // Negative: the Red Sea is Yemen's; Sudan is at war with neither, so Port Sudan's downings and CENTCOM's are two.
        var briefing = Build(
            ("Port Sudan\n\nThe Sudanese army said its air defences shot down 11 drones launched at Port Sudan before dawn.", Day),
            ("Red Sea\n\nUS Central Command said its forces shot down four Houthi drones over the Red Sea.", Day));

        var downed = briefing.Totals.Single(t => t.Kind == FigureKind.DronesDowned);
        Assert.Equal((15L, 2), (downed.Headline, downed.Events));
    }

    [Fact]
    public void Build_ACrewHurtOffAPortAndPeopleHurtInIt_AreTwoEvents()
    {
        // Negative: tolls keep the town and its sea apart (a ship's crew and people in the port).
        var briefing = Build(
            ("Eilat\n\nTwo people were injured by falling debris in Eilat on Sunday.", Day),
            ("Shipping\n\nTwo crew members were injured when a drone hit a cargo ship off Eilat on Sunday.", Day));

        var injured = briefing.Totals.Single(t => t.Kind == FigureKind.Injured);
        Assert.Equal((4L, 2), (injured.Headline, injured.Events));
    }

    private Reports.Core.Briefings.Briefing Build(params (string Text, DateOnly Published)[] articles) =>
        BriefingHarness.Build(analyzer, new Period(Day.AddDays(-2), Morning.AddDays(1)), articles);
}
