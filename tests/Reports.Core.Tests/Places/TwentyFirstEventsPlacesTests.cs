using Reports.Core.Analysis;
using Reports.Core.Articles;
using Reports.Core.Figures;
using Reports.Core.Places;

namespace Reports.Core.Tests.Places;

/// <summary>
/// Twenty-first session, the events helper (docs/aggregation.md, "Twenty-first session"), sentences written for these
/// tests: a ship struck off a port ("off Aden", "frente a Adén", "45 nautical miles south-west of Aden", "قبالة سواحل
/// الحديدة") is at sea, in the sea the other outlets name, not in the port or its country; the seat of the authority that
/// reports a toll ("the health ministry in Sanaa", "des Gesundheitsministeriums in Beirut") is no place of the event;
/// Ukrainian locatives of towns in -ка ("у Костянтинівці") and Sanaa in Cyrillic are their places.
/// </summary>
public sealed class TwentyFirstEventsPlacesTests
{
    private readonly ArticleAnalyzer analyzer = new();

    [Theory]
    [InlineData("en", "A bulk carrier was struck 45 nautical miles east of Aden, and two crew members were injured.", "sea/gulf-of-aden")]
    [InlineData("en", "Three sailors were injured when a tanker was hit by a missile off Hodeidah on Monday.", "sea/red-sea")]
    [InlineData("es", "Dos marineros resultaron heridos cuando un carguero fue alcanzado por un dron frente a Adén.", "sea/gulf-of-aden")]
    [InlineData("fr", "Deux marins ont été blessés lorsqu'un cargo a été touché par un drone au large d'Odessa.", "sea/black-sea")]
    [InlineData("de", "Vor der Küste Jemens wurden zwei Seeleute verletzt, als ein Frachter von einer Rakete getroffen wurde.", "sea/red-sea")]
    [InlineData("id", "Dua awak kapal terluka setelah sebuah kapal tanker diserang sekitar 40 mil laut sebelah barat Hodeidah.", "sea/red-sea")]
    [InlineData("vi", "Hai thủy thủ bị thương khi một tàu chở dầu bị tên lửa tấn công ngoài khơi Hodeidah.", "sea/red-sea")]
    [InlineData("uk", "Біля узбережжя Одещини російський дрон атакував судно, поранено двох членів екіпажу.", "sea/black-sea")]
    [InlineData("ru", "Российский беспилотник атаковал сухогруз у берегов Одесской области, ранены два моряка.", "sea/black-sea")]
    [InlineData("ar", "أصيب اثنان من البحارة إثر استهداف سفينة تجارية قبالة سواحل الحديدة.", "sea/red-sea")]
    [InlineData("ar", "أصيب ثلاثة بحارة في هجوم على سفينة على بعد 50 ميلا بحريا غرب عدن.", "sea/gulf-of-aden")]
    [InlineData("en", "Two crew members were hurt when a drone hit a cargo ship about 20 nautical miles off Chornomorsk.", "sea/black-sea")]
    public void AShipStruckOffAPort_IsAtSea(string language, string text, string place)
    {
        var analysis = analyzer.Analyze(new ArticleText("Shipping\n\n" + text, null));

        Assert.Equal(language, analysis.Language);
        Assert.Equal(place, Assert.Single(analysis.Figures, f => f.Kind == FigureKind.Injured).Place);
    }

    [Theory]
    // Negatives: a strike in the port city, a land distance, "frente a" before another place's word, a city with no coast.
    [InlineData("Two people were injured when a drone struck a warehouse in Aden's port district.", "ye/aden")]
    [InlineData("Two people were injured in a drone strike on Odesa's port on Monday.", "ua/odesa-oblast/odesa")]
    [InlineData("Dos personas resultaron heridas por un dron frente a un hospital de Odesa.", "ua/odesa-oblast/odesa")]
    [InlineData("The strike cut off Kharkiv's northern district from power; two people were injured.", "ua/kharkiv-oblast/kharkiv")]
    public void APlaceOnLand_StaysOnLand(string text, string place) =>
        Assert.Equal(place, Assert.Single(analyzer.Analyze(new ArticleText("Strike\n\n" + text, null)).Figures, f => f.Kind == FigureKind.Injured).Place);

    [Fact]
    public void ADistanceOnLand_IsNoSea()
    {
        // Negative: kilometres from a coastal city are a place near it, not the sea.
        var place = Assert.Single(analyzer.Analyze(new ArticleText("Strike\n\nA drone hit a village about 30 km north of Odesa, injuring two people.", null)).Figures).Place;

        Assert.NotNull(place);
        Assert.False(place!.StartsWith("sea/", StringComparison.Ordinal), place);
    }

    [Theory]
    [InlineData("en", "US strikes on the port of Hodeidah killed nine people, the Houthi-run health ministry in Sanaa said, raising an earlier toll of six.", "ye/hodeidah")]
    [InlineData("fr", "Selon le ministère de la Santé à Sanaa, six personnes ont été tuées dans des frappes sur le port de Hodeïda.", "ye/hodeidah")]
    [InlineData("de", "Nach Angaben des Gesundheitsministeriums in Sanaa wurden bei Angriffen auf den Hafen von Hodeida neun Menschen getötet.", "ye/hodeidah")]
    [InlineData("ru", "Министерство здравоохранения в Сане сообщило о девяти погибших в результате ударов по порту Ходейда.", "ye/hodeidah")]
    [InlineData("uk", "Міністерство охорони здоров'я в Сані повідомило про дев'ятьох загиблих унаслідок ударів по порту Ходейда.", "ye/hodeidah")]
    [InlineData("ar", "أعلنت وزارة الصحة في صنعاء مقتل تسعة أشخاص في غارات على ميناء الحديدة.", "ye/hodeidah")]
    [InlineData("es", "El Ministerio de Salud en Beirut informó de cinco muertos en bombardeos israelíes contra el sur del Líbano.", "lb/south")]
    [InlineData("de", "Bei israelischen Angriffen im Südlibanon sind nach Angaben des Gesundheitsministeriums in Beirut fünf Menschen getötet worden.", "lb/south")]
    public void TheSeatOfTheReportingMinistry_IsNoPlaceOfTheEvent(string language, string text, string place)
    {
        var analysis = analyzer.Analyze(new ArticleText("Strikes\n\n" + text, null));

        Assert.Equal(language, analysis.Language);
        var killed = analysis.Figures.Where(f => f.Kind == FigureKind.Killed).ToList();
        Assert.NotEmpty(killed);
        Assert.All(killed, f => Assert.Equal(place, f.Place));
    }

    [Theory]
    // Negatives: killed in the capital itself, and a ministry's building struck in it (no other place: the article's).
    [InlineData("Two people were killed in Sanaa on Tuesday, the health ministry said.", "ye/sanaa")]
    [InlineData("A missile hit a ministry building in Kyiv, killing two people.", "ua/kyiv")]
    public void ThePlaceOfTheEventItself_StaysItsPlace(string text, string place) =>
        Assert.Equal(place, Assert.Single(analyzer.Analyze(new ArticleText("Strike\n\n" + text, null)).Figures).Place);

    [Theory]
    [InlineData("Донецька ОВА\n\nУ Костянтинівці загинули 3 людини, ще 6 поранені.", "ua/donetsk-oblast/kostiantynivka")]
    [InlineData("Херсонщина\n\nУ Новій Каховці поранено 2 людей.", "ua/kherson-oblast/nova-kakhovka")]
    [InlineData("Йемен\n\nВ Сане в результате авиаудара погибли три человека.", "ye/sanaa")]
    public void LocativesOfTownsInKaAndSanaaInCyrillic_AreTheirPlaces(string text, string place) =>
        Assert.Equal(place, analyzer.Analyze(new ArticleText(text, null)).Figures[0].Place);

    [Theory]
    // Negative: "санація" (restructuring) is no Sanaa.
    [InlineData("uk", "Санація банку тривала три роки.")]
    [InlineData("ru", "Санация банка обошлась государству дорого.")]
    public void SanationIsNoSanaa(string language, string text) =>
        Assert.Empty(Gazetteer.Default.Find(text, language));
}
