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
    [InlineData("غارة إسرائيلية على مدينة صور فجر اليوم.", "ar", "lb/south/tyre")]
    [InlineData("Des frappes ont visé Nabatiyé.", "fr", "lb/south/nabatieh")]
    [InlineData("قصف على سوق في مدينة كوستي بولاية النيل الأبيض.", "ar", "sd/white-nile/kosti")]
    [InlineData("Росія атакувала Україну.", "uk", "ru")]
    [InlineData("Хусити атакували судно в Червоному морі.", "uk", "sea/red-sea")]
    [InlineData("Хуситы атаковали судно в Красном море.", "ru", "sea/red-sea")]
    [InlineData("Ракета влучила в будинок у Кривому Розі.", "uk", "ua/dnipropetrovsk-oblast/kryvyi-rih")]
    [InlineData("Кривий Ріг. Уночі пролунали вибухи.", "uk", "ua/dnipropetrovsk-oblast/kryvyi-rih")]
    [InlineData("Ракета попала в дом в Кривом Роге.", "ru", "ua/dnipropetrovsk-oblast/kryvyi-rih")]
    [InlineData("Нікопольщина. Ворог обстріляв громади району.", "uk", "ua/dnipropetrovsk-oblast/nikopol")]
    [InlineData("در حمله روسیه به شهر کوپیانسک در استان خارکیف چهار نفر کشته شدند.", "fa", "ua/kharkiv-oblast/kupiansk")]
    [InlineData("در حمله روسیه به شهر کوپیانسک در استان خارکیف چهار نفر کشته شدند.", "fa", "ua/kharkiv-oblast")]
    [InlineData("Le bilan des frappes sur le Liban-Sud s'est alourdi.", "fr", "lb/south")]
    [InlineData("Los bombardeos en el sur del Líbano continuaron.", "es", "lb/south")]
    [InlineData("Число погибших в результате удара по Судже уточнено.", "ru", "ru/kursk-oblast/sudzha")]
    [InlineData("Росіяни повідомили про удар по Суджі.", "uk", "ru/kursk-oblast/sudzha")]
    [InlineData("Une frappe russe sur un immeuble de Zaporijjia a fait huit morts.", "fr", "ua/zaporizhzhia-oblast/zaporizhzhia")]
    [InlineData("Ізраїль завдав ударів на півдні Лівану.", "uk", "lb/south")]
    [InlineData("Израиль нанес удары на юге Ливана.", "ru", "lb/south")]
    [InlineData("استهدفت القوة الصاروخية منطقة يافا المحتلة.", "ar", "il/tel-aviv")]
    [InlineData("Sirens sounded in Jaffa.", "en", "il/tel-aviv")]
    [InlineData("Rudal itu diluncurkan dari Yaman.", "id", "ye")]
    [InlineData("أسقط سلاح الجو 6 طائرات مسيّرة اخترقت الأجواء الأردنية.", "ar", "jo")]
    [InlineData("Иорданские ВВС сбили шесть беспилотников.", "ru", "jo")]
    [InlineData("Йорданія закрила повітряний простір.", "uk", "jo")]
    [InlineData("La Jordanie a fermé son espace aérien.", "fr", "jo")]
    public void Find_InflectedOrPrefixedName_FindsThePlace(string text, string language, string expected)
    {
        var found = sut.Find(text, language);

        Assert.Contains(found, m => m.PlaceId == expected);
    }

    [Theory]
    [InlineData("Обстріл у Бахмуті не вщухав.", "uk", "ua/donetsk-oblast/bakhmut")]
    [InlineData("Бої точаться біля Часового Яру.", "uk", "ua/donetsk-oblast/chasiv-yar")]
    [InlineData("Вибухи пролунали у Рівному вночі.", "uk", "ua/rivne-oblast/rivne")]
    [InlineData("У Хмельницькому пошкоджено будинок.", "uk", "ua/khmelnytskyi-oblast/khmelnytskyi")]
    [InlineData("У Хмельницькій області збито дрон.", "uk", "ua/khmelnytskyi-oblast")]
    [InlineData("Вночі під ударом була Біла Церква, а вранці — Білу Церкву знову атакували.", "uk", "ua/kyiv-oblast/bila-tserkva")]
    [InlineData("В Мариуполе отключили свет.", "ru", "ua/donetsk-oblast/mariupol")]
    [InlineData("В Донецке прогремели взрывы.", "ru", "ua/donetsk-oblast/donetsk")]
    [InlineData("В Донецкой области погибли двое.", "ru", "ua/donetsk-oblast")]
    [InlineData("Беспилотник упал в Курске.", "ru", "ru/kursk-oblast/kursk")]
    [InlineData("Над Московской областью сбиты дроны.", "ru", "ru/moscow-oblast")]
    [InlineData("Drones were downed over the Moscow region.", "en", "ru/moscow-oblast")]
    [InlineData("Trong đêm, UAV bị bắn hạ trên vùng Moscow.", "vi", "ru/moscow-oblast")]
    [InlineData("Взрывы прогремели в Севастополе.", "ru", "ua/crimea/sevastopol")]
    [InlineData("Russische Angriffe auf Bachmut und Awdijiwka.", "de", "ua/donetsk-oblast/avdiivka")]
    [InlineData("Des frappes sur Marioupol et Mélitopol.", "fr", "ua/zaporizhzhia-oblast/melitopol")]
    [InlineData("Ataques en la región de Járkov.", "es", "ua/kharkiv-oblast")]
    [InlineData("Serangan drone di wilayah Donetsk.", "id", "ua/donetsk-oblast")]
    [InlineData("وقصفت الطائرات بنابلس مساء أمس.", "ar", "ps/west-bank/nablus")]
    [InlineData("غارات على الضاحية الجنوبية لبيروت.", "ar", "lb/beirut/dahiyeh")]
    [InlineData("وسقط صاروخ في بعلبك.", "ar", "lb/bekaa/baalbek")]
    [InlineData("وقتل ثلاثة في مأرب وتعز.", "ar", "ye/taiz")]
    [InlineData("اشتباكات في ود مدني بولاية الجزيرة.", "ar", "sd/gezira/wad-madani")]
    [InlineData("انفجار در نطنز گزارش شد.", "fa", "ir/natanz")]
    [InlineData("موشک‌ها به بندر ایلات رسیدند.", "fa", "il/eilat")]
    [InlineData("Rockets hit Kiryat Shmona and the Golan Heights.", "en", "il/kiryat-shmona")]
    [InlineData("Airstrikes on Gaza City and Beit Lahia.", "en", "ps/gaza/beit-lahia")]
    [InlineData("Des drones ont visé Omdourman.", "fr", "sd/khartoum/omdurman")]
    [InlineData("Tàu bị tấn công ở vịnh Aden.", "vi", "sea/gulf-of-aden")]
    [InlineData("Над Липецкой и Рязанской областями сбиты беспилотники.", "ru", "ru/ryazan-oblast")]
    [InlineData("Дрони атакували Алабугу в Татарстані.", "uk", "ru/tatarstan/yelabuga")]
    [InlineData("Explosions were reported near Dzhankoi and in Feodosia.", "en", "ua/crimea/feodosia")]
    [InlineData("Росіяни обстріляли Дружківку та Добропілля.", "uk", "ua/donetsk-oblast/dobropillia")]
    [InlineData("Drohnen griffen den Flugplatz Millerowo an.", "de", "ru/rostov-oblast/millerovo")]
    [InlineData("غارة على مخيم المغازي وسط القطاع.", "ar", "ps/gaza/maghazi")]
    [InlineData("نه نفر در گلوله‌باران خرسون زخمی شدند.", "fa", "ua/kherson-oblast/kherson")]
    [InlineData("پهپادها به زاپوریژیا و لویو حمله کردند.", "fa", "ua/lviv-oblast/lviv")]
    [InlineData("پهپادها به زاپوریژیا و لویو حمله کردند.", "fa", "ua/zaporizhzhia-oblast/zaporizhzhia")]
    [InlineData("انفجار در بلگورود و دونتسک گزارش شد.", "fa", "ru/belgorod-oblast/belgorod")]
    [InlineData("حوثی‌ها از صنعا و الحدیده موشک شلیک کردند.", "fa", "ye/sanaa")]
    [InlineData("درگیری در الفاشر و نیالا ادامه دارد.", "fa", "sd/darfur/nyala")]
    [InlineData("حمله هوایی به دیر البلح و نصیرات.", "fa", "ps/gaza/nuseirat")]
    [InlineData("The RSF shelled the Zamzam camp south of El Fasher.", "en", "sd/darfur/zamzam")]
    [InlineData("قصفت قوات الدعم السريع مخيم زمزم للنازحين.", "ar", "sd/darfur/zamzam")]
    [InlineData("استشهد ثلاثة مواطنين في غارة على بلدة عيترون.", "ar", "lb/south/aitaroun")]
    [InlineData("Un bombardeo en Aitarún mató a tres personas.", "es", "lb/south/aitaroun")]
    [InlineData("Une frappe sur Aïtaroun a fait trois morts.", "fr", "lb/south/aitaroun")]
    [InlineData("Удар по Айтаруну забрав життя трьох людей.", "uk", "lb/south/aitaroun")]
    [InlineData("Strikes hit Aita al-Shaab, Kfar Kila and Naqoura.", "en", "lb/south/naqoura")]
    [InlineData("Two Palestinians were shot dead in the northern Jordan Valley.", "en", "ps/west-bank/jordan-valley")]
    [InlineData("Im nördlichen Jordantal wurden zwei Palästinenser erschossen.", "de", "ps/west-bank/jordan-valley")]
    [InlineData("Deux Palestiniens tués dans la vallée du Jourdain.", "fr", "ps/west-bank/jordan-valley")]
    [InlineData("У Йорданській долині загинули двоє палестинців.", "uk", "ps/west-bank/jordan-valley")]
    [InlineData("استشهد شابان برصاص الاحتلال في الأغوار الشمالية.", "ar", "ps/west-bank/jordan-valley")]
    [InlineData("Six personnes ont été tuées à Tawila.", "fr", "sd/darfur/tawila")]
    [InlineData("قتل ستة أشخاص في هجوم على بلدة طويلة.", "ar", "sd/darfur/tawila")]
    [InlineData("In der Stadt Kostjantyniwka wurden drei Menschen getötet.", "de", "ua/donetsk-oblast/kostiantynivka")]
    [InlineData("В Марганце погибла женщина.", "ru", "ua/dnipropetrovsk-oblast/marhanets")]
    [InlineData("На Київщині поранено двох людей.", "uk", "ua/kyiv-oblast")]
    [InlineData("На Киевщине ранены два человека.", "ru", "ua/kyiv-oblast")]
    [InlineData("На Харьковщине ранены два человека.", "ru", "ua/kharkiv-oblast")]
    [InlineData("В Пісочині поранено трьох людей.", "uk", "ua/kharkiv-oblast/pisochyn")]
    [InlineData("У Циркунах загинули двоє людей.", "uk", "ua/kharkiv-oblast/tsyrkuny")]
    [InlineData("В посёлке Безлюдовка ранены четыре человека.", "ru", "ua/kharkiv-oblast/bezliudivka")]
    [InlineData("Des frappes ont visé le camp d'Abou Chouk.", "fr", "sd/darfur/el-fasher/abu-shouk")]
    public void Find_CitiesRegionsAndTheirInflections_FindsThePlace(string text, string language, string expected)
    {
        var found = sut.Find(text, language);

        Assert.Contains(found, m => m.PlaceId == expected);
    }

    [Theory]
    [InlineData("Two Palestinians were shot dead in the northern Jordan Valley.", "en")]
    [InlineData("Im nördlichen Jordantal wurden zwei Palästinenser erschossen.", "de")]
    [InlineData("استشهد شابان في غور الأردن.", "ar")]
    public void Find_TheJordanValley_IsNotJordan(string text, string language)
    {
        Assert.DoesNotContain(sut.Find(text, language), m => m.PlaceId == "jo");
    }

    [Fact]
    public void Find_JordanAlone_IsStillJordan()
    {
        Assert.Contains(sut.Find("Jordan's air force shot down six drones.", "en"), m => m.PlaceId == "jo");
    }

    [Theory]
    [InlineData("Навантаження залишається на рівні минулого року.", "uk")]
    [InlineData("Поезд прибыл ровнее, чем обычно; он сочинил песню.", "ru")]
    [InlineData("Родинна броварня відкрилася знову.", "uk")]
    [InlineData("كان مشهد الدمار كبيرا في البيت الأبيض.", "ar")]
    [InlineData("Good luck with the bridge.", "en")]
    [InlineData("ونشرت صور الأقمار الصناعية حجم الدمار.", "ar")]
    [InlineData("كيف يمكن أن تنتهي الحرب؟ نصبت الخيام قرب البيت الأبيض.", "ar")]
    [InlineData("این اسناد به صور مختلف منتشر شد و کیف او گم شد.", "fa")]
    [InlineData("Над лиманом цвела сакура, а Володимир сидів біля Сіверського Дінця.", "uk")]
    [InlineData("Ночью на юге было тихо, на півдні теж.", "ru")]
    [InlineData("Le bilan s'est alourdi dans le sud.", "fr")]
    [InlineData("La culpa no es suya, dijo; el juez lo juzgó sin pruebas.", "es")]
    [InlineData("Я сужу по тому, что видел.", "ru")]
    [InlineData("كانت الليلة طويلة والطريق طويلة.", "ar")]
    [InlineData("Содержание в марганцевой руде выросло.", "ru")]
    [InlineData("Дергач кричав у полі до ранку.", "uk")]
    [InlineData("Мала дитина спала до ранку.", "uk")]
    public void Find_OrdinaryWordsNearNewPlaceNames_FindsNothing(string text, string language)
    {
        Assert.Empty(sut.Find(text, language));
    }

    [Theory]
    [InlineData("ua/donetsk-oblast", "ua/donetsk-oblast/bakhmut")]
    [InlineData("ua/crimea", "ua/crimea/sevastopol")]
    [InlineData("ru", "ua/crimea/sevastopol")]
    [InlineData("ru/kursk-oblast", "ru/kursk-oblast/kursk")]
    [InlineData("ru/moscow-oblast", "ru/moscow")]
    [InlineData("ps/gaza", "ps/gaza/nuseirat")]
    [InlineData("lb/bekaa", "lb/bekaa/baalbek")]
    [InlineData("sd/gezira", "sd/gezira/wad-madani")]
    [InlineData("ru/tatarstan", "ru/tatarstan/yelabuga")]
    public void Contains_ACityIsInsideItsRegion(string region, string city)
    {
        Assert.True(Gazetteer.Contains(region, city));
        Assert.False(Gazetteer.Contains(city, region));
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

    [Fact]
    public void Find_LeadAndLengthFilter_KeepsEveryLengthAPrefixMayTake()
    {
        // StartsSomeName tests a bit per (first letters, first word's length) for each length a prefix look-up may take:
        // a first word shorter than the lead matches only the whole word; a stem takes an ending up to maxSuffix letters;
        // first words of 63 letters and more share one length bit.
        var longName = new string('q', 70);
        var json = $$$"""{"minStem": 4, "languages": {"xx": {"maxSuffix": 2}}, "places": [{"id": "aa/ab", "names": ["Ab"]}, {"id": "aa/abc", "names": ["Abc"]}, {"id": "aa/abcde", "names": ["Abcde"]}, {"id": "aa/long", "names": ["{{{longName}}}"]}]}""";
        var own = Gazetteer.Parse(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(json)));

        Assert.Equal("aa/ab", Assert.Single(own.Find("in ab now", "xx")).PlaceId);
        Assert.Empty(own.Find("in abx now", "xx"));
        Assert.Equal("aa/abc", Assert.Single(own.Find("in abc now", "xx")).PlaceId);
        Assert.Empty(own.Find("in abcd now", "xx"));
        Assert.Equal("aa/abcde", Assert.Single(own.Find("in abcdefg now", "xx")).PlaceId);
        Assert.Empty(own.Find("in abcdefgh now", "xx"));
        Assert.Equal("aa/long", Assert.Single(own.Find($"in {longName}q now", "xx")).PlaceId);
        Assert.Empty(own.Find($"in {longName[..66]} now", "xx"));
    }
}
