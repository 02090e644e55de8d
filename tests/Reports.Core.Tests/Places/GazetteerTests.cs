using Reports.Core.Places;

namespace Reports.Core.Tests.Places;

public sealed class GazetteerTests
{
    private readonly Gazetteer sut = Gazetteer.Default;

    [Theory]
    [InlineData("Рятувальники працюють у Харкові після удару.", "uk", "ua/kharkiv-oblast/kharkiv")]
    [InlineData("Удар по Харкову зруйнував школу.", "uk", "ua/kharkiv-oblast/kharkiv")]
    [InlineData("У Харківській області пролунали вибухи.", "uk", "ua/kharkiv-oblast")]
    [InlineData("В Харькове прогремели взрывы.", "ru", "ua/kharkiv-oblast/kharkiv")]
    [InlineData("Над Белгородской областью сбиты дроны.", "ru", "ru/belgorod-oblast")]
    [InlineData("Explosions were heard in the Kharkiv region at night.", "en", "ua/kharkiv-oblast")]
    [InlineData("Drones struck Kyiv's northern district.", "en", "ua/kyiv")]
    [InlineData("Der Angriff auf Kiews Zentrum dauerte Stunden.", "de", "ua/kyiv")]
    [InlineData("Des frappes ont visé la bande de Gaza.", "fr", "ps/gaza")]
    [InlineData("Serangan di Jalur Gaza menewaskan warga.", "id", "ps/gaza")]
    [InlineData("وقصفت الطائرات مدينة خان يونس جنوب القطاع.", "ar", "ps/gaza/khan-younis")]
    [InlineData("وفي غزة قتل عدد من الأشخاص.", "ar", "ps/gaza")]
    [InlineData("پهپادها به تهران رسیدند.", "fa", "ir/tehran")]
    [InlineData("Tàu bị tấn công ở Biển Đỏ.", "vi", "sea/red-sea")]
    [InlineData("Au moins 23 morts sur un marché d'El-Facher.", "fr", "sd/darfur/el-fasher")]
    [InlineData("Luftangriffe auf die Hafenstadt Hodeida.", "de", "ye/hodeidah")]
    [InlineData("A strike hit Tyre at dawn.", "en", "lb/south/tyre")]
    [InlineData("Des frappes ont visé Nabatiyé.", "fr", "lb/south/nabatieh")]
    [InlineData("قصف على سوق في مدينة كوستي بولاية النيل الأبيض.", "ar", "sd/white-nile/kosti")]
    [InlineData("Росія атакувала Україну.", "uk", "ru")]
    [InlineData("در حمله روسیه به شهر کوپیانسک در استان خارکیف چهار نفر کشته شدند.", "fa", "ua/kharkiv-oblast/kupiansk")]
    [InlineData("در حمله روسیه به شهر کوپیانسک در استان خارکیف چهار نفر کشته شدند.", "fa", "ua/kharkiv-oblast")]
    public void Find_InflectedOrPrefixedName_FindsThePlace(string text, string language, string expected)
    {
        var found = sut.Find(text, language);

        Assert.Contains(found, m => m.PlaceId == expected);
    }

    [Theory]
    [InlineData("The gas price rose again.", "en")]
    [InlineData("Сумма выплат выросла.", "ru")]
    [InlineData("Ukrainian officials met in Brussels.", "en")]
    [InlineData("Уночі росіяни запустили дрони.", "uk")]
    [InlineData("Ночью россияне и украинцы обменялись ударами.", "ru")]
    public void Find_WordsThatOnlyLookLikePlaces_FindsNothing(string text, string language)
    {
        Assert.Empty(sut.Find(text, language));
    }

    [Fact]
    public void Find_LongerNameWins_AndCoversItsWords()
    {
        const string text = "Strikes on the Kharkiv region continued.";

        var m = Assert.Single(sut.Find(text, "en"));

        Assert.Equal("ua/kharkiv-oblast", m.PlaceId);
        Assert.Equal("Kharkiv region", text.Substring(m.Offset, m.Length));
    }

    [Theory]
    [InlineData("ru", "ua/crimea", true)]
    [InlineData("ru", "sea/black-sea", true)]
    [InlineData("ua", "sea/azov", true)]
    [InlineData("ye", "sea/red-sea", true)]
    [InlineData("ru/belgorod-oblast", "ua/crimea", false)]
    [InlineData("ua/kharkiv-oblast", "sea/black-sea", false)]
    [InlineData("ua/crimea", "ru", false)]
    public void Contains_PlacesCountedByAnotherCountrysTallies_AreInsideIt(string outer, string inner, bool expected) =>
        Assert.Equal(expected, Gazetteer.Contains(outer, inner));

    [Theory]
    [InlineData("ua", "ru")]
    [InlineData("ru", "ua")]
    [InlineData("ir", "il")]
    [InlineData("il", null)]
    public void Opponent_OneOpponentOrNone(string side, string? expected) =>
        Assert.Equal(expected, Gazetteer.Default.Opponent(side));

    [Theory]
    [InlineData("102 Ukrainian drones", "en", "ua")]
    [InlineData("уничтожены 40 украинских беспилотников", "ru", "ua")]
    [InlineData("28 російських ракет", "uk", "ru")]
    [InlineData("sechs israelische Soldaten", "de", "il")]
    [InlineData("۱۲ پهپاد اسرائیلی", "fa", "il")]
    public void Demonyms_Find_NamesTheSide(string text, string language, string expected) =>
        Assert.Equal(expected, Assert.Single(Gazetteer.Default.Demonyms.Find(text, language)).PlaceId);

    [Theory]
    [InlineData("ua", "ua/kyiv", true)]
    [InlineData("ua/kyiv", "ua", true)]
    [InlineData("ua/kharkiv-oblast", "ua/kharkiv-oblast/kharkiv", true)]
    [InlineData("ua/kharkiv-oblast/kharkiv", "ua/odesa-oblast/odesa", false)]
    [InlineData("ua/kyiv", "ua/kyiv-oblast", false)]
    [InlineData(null, "ua/kyiv", true)]
    public void Compatible_EqualContainingOrUnknown(string? a, string? b, bool expected)
    {
        Assert.Equal(expected, Gazetteer.Compatible(a, b));
    }

    [Fact]
    public void Parse_OwnData_UsesItsStemsAndSuffixRule()
    {
        const string json = """{"minStem": 4, "languages": {"xx": {"maxSuffix": 2}}, "places": [{"id": "aa/bbbb", "names": ["Bbbb"]}]}""";
        var own = Gazetteer.Parse(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(json)));

        Assert.Single(own.Find("in bbbbis", "xx"));
        Assert.Empty(own.Find("in bbbbiss", "xx"));
        Assert.Empty(own.Find("in bbbbis", "yy"));
    }
}
