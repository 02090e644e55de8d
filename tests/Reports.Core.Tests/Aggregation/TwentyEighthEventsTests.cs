using Reports.Core.Aggregation;
using Reports.Core.Analysis;
using Reports.Core.Articles;
using Reports.Core.Figures;
using Reports.Core.Tests.Figures;

namespace Reports.Core.Tests.Aggregation;

/// <summary>
/// Twenty-eighth session, the events helper (docs/aggregation.md, "Twenty-eighth session"). Sentences written for these
/// tests (no evaluation text).
/// </summary>
public sealed class TwentyEighthEventsTests
{
    // A Sunday.
    private static readonly DateOnly Day = new(2026, 10, 18);

    private readonly ArticleAnalyzer analyzer = new();

    // After a toll, a count whose clause opener ("when", "عندما") comes before a weapon noun counts people: the weapon
    // is how they died. "two others when a drone struck their car" gave drones launched 2, a launch that made an event
    // of its own in the day's briefing.
    [Theory]
    [InlineData("en", "Three people were killed in Aitaroun, one on a motorcycle in Khiam, and two others when a drone struck their car.", "killed 1; killed 2; killed 3")]
    [InlineData("en", "Three people were killed in Aitaroun and two when a drone hit a car.", "killed 2; killed 3")]
    [InlineData("en", "Three were killed in Aitaroun and two when a missile hit their house in Khiam.", "killed 2; killed 3")]
    [InlineData("en", "Three people were killed in a strike on a house in Aitaroun, and two others when a drone struck their car in Abbasiyeh.", "killed 3")]
    [InlineData("ar", "استشهد ثلاثة مواطنين في عيترون، واثنان آخران عندما استهدفت مسيرة سيارتهما.", "killed 2; killed 3")]
    // Unchanged: the others already gave the toll.
    [InlineData("id", "Tiga orang tewas di Aitaroun dan dua lainnya ketika sebuah drone menghantam mobil mereka.", "killed 2; killed 3")]
    [InlineData("vi", "Ba người thiệt mạng ở Aitaroun và hai người khác khi một máy bay không người lái tấn công xe của họ.", "killed 2; killed 3")]
    [InlineData("ru", "В Айтаруне погибли три человека, ещё двое — когда беспилотник ударил по их машине.", "killed 2; killed 3")]
    [InlineData("uk", "В Айтаруні загинули троє людей, ще двоє — коли дрон влучив у їхнє авто.", "killed 2; killed 3")]
    [InlineData("fa", "سه نفر در عیترون کشته شدند و دو نفر دیگر وقتی پهپادی به خودرویشان اصابت کرد.", "killed 2; killed 3")]
    // Negatives: no toll before the count, or the noun before the opener, or people counted with their own verb.
    [InlineData("en", "Air defences shot down 40 as the drones approached Kyiv.", "drones_downed 40")]
    [InlineData("en", "Russia launched 12 drones when the sirens sounded.", "drones_launched 12")]
    [InlineData("en", "Twelve people were killed when a drone hit a bus in Kherson.", "killed 12")]
    [InlineData("en", "Two people were killed in Kherson and three were injured when a missile hit a market.", "injured 3; killed 2")]
    public void ACountAfterATollWhoseWeaponFollowsAClauseOpenerCountsPeople(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Fact]
    public void Build_ADaysTotalAndItsVillagesWithADroneOnACar_CountNoLaunch()
    {
        // The villages' tolls sit inside the ministry's total; "two others when a drone struck their car" is two of its
        // dead, no drones launched beside it.
        var briefing = Build(
            ("Israeli strikes kill six in south Lebanon\n\nIsraeli strikes on south Lebanon killed six people on Sunday, the health ministry said. " +
             "Three people were killed in a strike on a house in Aitaroun, one on a motorcycle in Khiam, and two others when a drone struck their car, the state news agency reported.", Day),
            ("Liban\n\nSix personnes ont été tuées dimanche dans des frappes israéliennes sur plusieurs villages du Liban-Sud, a annoncé le ministère libanais de la Santé.", Day));

        Assert.DoesNotContain(briefing.Totals, t => t.Kind == FigureKind.DronesLaunched && t.Headline > 0);
        var killed = briefing.Totals.Single(t => t.Kind == FigureKind.Killed);
        Assert.Equal(6L, killed.Headline);
    }

    // Russia's MoD counts Ukrainian drones and, in the same sentence, a missile over the Black Sea, a sea both sides'
    // tallies count: the missile had no side and stayed the sea's, so it joined Ukraine's own missiles downed that night.
    [Theory]
    [InlineData("en", "Russia's Defence Ministry said air defences destroyed 40 Ukrainian drones overnight, 12 of them over the Kursk region, as well as one cruise missile over the Black Sea.")]
    [InlineData("fr", "Le ministère russe de la Défense a affirmé avoir intercepté et détruit pendant la nuit 40 drones ukrainiens, dont 12 au-dessus de la région de Koursk, ainsi qu'un missile de croisière au-dessus de la mer Noire.")]
    [InlineData("ru", "Минобороны России: ночью перехвачены и уничтожены 40 украинских беспилотников, в том числе 12 над Курской областью, а также одна крылатая ракета над акваторией Черного моря.")]
    [InlineData("uk", "Міноборони Росії заявило, що вночі збито 40 українських безпілотників, з них 12 над Курською областю, а також одну крилату ракету над Чорним морем.")]
    [InlineData("de", "Das russische Verteidigungsministerium teilte mit, 40 ukrainische Drohnen seien abgeschossen worden, 12 davon über dem Gebiet Kursk, außerdem ein Marschflugkörper über dem Schwarzen Meer.")]
    [InlineData("es", "El Ministerio de Defensa ruso afirmó haber derribado 40 drones ucranianos durante la noche, 12 de ellos sobre la región de Kursk, así como un misil de crucero sobre el mar Negro.")]
    [InlineData("fa", "وزارت دفاع روسیه اعلام کرد ۴۰ پهپاد اوکراینی شب گذشته سرنگون شد، از جمله ۱۲ فروند بر فراز استان کورسک، و همچنین یک موشک کروز بر فراز دریای سیاه.")]
    [InlineData("vi", "Bộ Quốc phòng Nga cho biết đã bắn hạ 40 UAV của Ukraine trong đêm, trong đó 12 chiếc trên vùng Kursk, cùng một tên lửa hành trình trên Biển Đen.")]
    public void Build_RussiasMissileOverASharedSeaBesideItsSidedDrones_IsNoPartOfUkrainesTally(string language, string russia)
    {
        var briefing = Build(
            ("Ukraine's air force\n\nRussia launched 80 drones and four missiles at Ukraine overnight, the Ukrainian air force said on Sunday, adding that 60 drones and three missiles had been shot down.", Day),
            ("Russia\n\n" + russia, Day));

        Assert.Equal(language, analyzer.Analyze(new ArticleText(russia, null)).Language);
        var downed = briefing.Totals.Single(t => t.Kind == FigureKind.MissilesDowned);
        Assert.Equal((4L, 2), (downed.Headline, downed.Events));
    }

    [Fact]
    public void Build_ASameKindPartOverARegion_StaysThePartOfItsTally()
    {
        // Negative: the drones' own part keeps its region inside Russia's tally (the same-kind rule, as before), and
        // Ukraine's tally of the same night stays apart.
        var briefing = Build(
            ("Ukraine's air force\n\nRussia launched 80 drones at Ukraine overnight, the Ukrainian air force said on Sunday, adding that 60 drones had been shot down.", Day),
            ("Russia\n\nRussia's Defence Ministry said air defences destroyed 40 Ukrainian drones overnight, 12 of them over the Kursk region.", Day));

        var downed = briefing.Totals.Single(t => t.Kind == FigureKind.DronesDowned);
        Assert.Equal((100L, 2), (downed.Headline, downed.Events));
    }

    // A city of a country the gazetteer does not divide into regions stands for its area: "near Damascus" is Damascus's,
    // as "southwest of Damascus" and "بريف دمشق" (its countryside) are; it was a place of its own, so one strike was two
    // events.
    [Theory]
    [InlineData("es", "Un ataque israelí cerca de Damasco dejó el domingo tres soldados muertos, según medios estatales sirios.")]
    [InlineData("en", "An Israeli strike near Damascus killed three Syrian soldiers on Sunday, state media said.")]
    [InlineData("fr", "Une frappe israélienne près de Damas a tué trois soldats syriens dimanche, selon les médias d'État.")]
    [InlineData("de", "Bei einem israelischen Angriff in der Nähe von Damaskus sind am Sonntag drei syrische Soldaten getötet worden.")]
    [InlineData("ru", "В результате израильского удара под Дамаском в воскресенье погибли трое сирийских военных.")]
    [InlineData("uk", "Внаслідок ізраїльського удару поблизу Дамаска в неділю загинули троє сирійських військових.")]
    [InlineData("ar", "استشهد 3 جنود سوريين في غارة إسرائيلية قرب دمشق يوم الأحد.")]
    [InlineData("fa", "سه سرباز سوری روز یکشنبه در حمله اسرائیل در نزدیکی دمشق کشته شدند.")]
    [InlineData("id", "Serangan Israel di dekat Damaskus pada Minggu menewaskan tiga tentara Suriah.")]
    [InlineData("vi", "Một cuộc không kích của Israel gần Damascus hôm Chủ nhật đã khiến ba binh sĩ Syria thiệt mạng.")]
    public void Build_AStrikeNearAnUndividedCountrysCity_IsTheCitysArea(string language, string near)
    {
        var briefing = Build(
            ("Israeli strike near Damascus kills three\n\nAn Israeli strike on a military position near Qatana, southwest of Damascus, killed three Syrian soldiers on Sunday evening, Syria's defence ministry said.", Day),
            ("Syria\n\n" + near, Day));

        Assert.Equal(language, analyzer.Analyze(new ArticleText(near, null)).Language);
        var killed = briefing.Totals.Single(t => t.Kind == FigureKind.Killed);
        Assert.Equal((3L, 1), (killed.Headline, killed.Events));
    }

    [Fact]
    public void Build_AVillageNearACityOfARegion_StaysApartFromTheCity()
    {
        // Negative: Ukraine has regions, so a place near Kyiv is in the Kyiv region, not the city: two events (as before).
        var briefing = Build(
            ("Kyiv\n\nA Russian drone hit a house in a village near Kyiv on Sunday, killing two people, the regional governor said.", Day),
            ("Kyiv\n\nA Russian drone hit an apartment block in Kyiv on Sunday, killing two people, the mayor said.", Day));

        var killed = briefing.Totals.Single(t => t.Kind == FigureKind.Killed);
        Assert.Equal((4L, 2), (killed.Headline, killed.Events));
    }

    private Reports.Core.Briefings.Briefing Build(params (string Text, DateOnly Published)[] articles) =>
        BriefingHarness.Build(analyzer, new Period(Day.AddDays(-2), Day.AddDays(2)), articles);
}
