using Reports.Core.Aggregation;
using Reports.Core.Analysis;
using Reports.Core.Articles;
using Reports.Core.Figures;

namespace Reports.Core.Tests.Aggregation;

/// <summary>
/// Thirtieth session, the events helper (docs/aggregation.md, "Thirtieth session"). Sentences written for these tests
/// (no evaluation text).
/// </summary>
public sealed class ThirtiethEventsTests
{
    // A Tuesday.
    private static readonly DateOnly Tuesday = new(2026, 12, 1);

    private readonly ArticleAnalyzer analyzer = new();

    // A time right before a verb that revises the toll ("officials, who on Tuesday afternoon raised the toll") is when the
    // toll was revised, not when the strike came: it was the toll's time, so a morning strike's raised toll became an
    // afternoon event beside the morning's (set 32: Zaporizhzhia's 5 killed counted twice).
    [Theory]
    [InlineData("en", "The strike killed five people, according to regional officials, who on Tuesday afternoon raised the initial toll of three.")]
    [InlineData("es", "El ataque deja cinco muertos y 17 heridos; las autoridades regionales, que el martes por la tarde elevaron el balance inicial, piden calma.")]
    [InlineData("fr", "La frappe a fait cinq morts ; les autorités régionales, qui dans la soirée ont relevé le bilan initial, appellent au calme.")]
    [InlineData("fr", "Les autorités régionales ont relevé dans la soirée le bilan de la frappe à cinq morts.")]
    [InlineData("de", "Am Nachmittag erhöhte die Gebietsverwaltung die Zahl der Toten auf fünf.")]
    [InlineData("uk", "Загинули п'ятеро людей, ці дані ввечері уточнили в обласній адміністрації.")]
    [InlineData("ru", "Погибли пять человек, эти данные вечером уточнили в областной администрации.")]
    [InlineData("id", "Lima orang tewas dalam serangan itu, dan pemerintah daerah pada sore memperbarui data korban.")]
    [InlineData("vi", "Số người thiệt mạng đã được nâng lên 5 vào chiều nay.")]
    [InlineData("ar", "رفعت السلطات المحلية مساء الثلاثاء عدد القتلى في الهجوم إلى خمسة.")]
    [InlineData("fa", "مقامات محلی امشب آمار کشته‌شدگان این حمله را به پنج نفر افزایش دادند.")]
    public void Hours_ATimeRightBeforeAVerbThatRevisesTheToll_IsNoTimeOfTheEvent(string language, string sentence) =>
        Assert.Equal(0, DayTimes.Default.Hours(sentence, language));

    // Negatives: a time before the strike's own verb stays the event's time.
    [Theory]
    [InlineData("en", "On Tuesday afternoon a missile killed five people in the city.")]
    [InlineData("es", "El martes por la tarde un misil mató a cinco personas en la ciudad.")]
    [InlineData("de", "Am Nachmittag wurden bei einem Raketenangriff fünf Menschen getötet.")]
    [InlineData("uk", "Ввечері ракета влучила в будинок, загинули п'ятеро людей.")]
    [InlineData("ar", "قتل خمسة أشخاص في قصف على المدينة مساء الثلاثاء.")]
    public void Hours_ATimeBeforeTheStrikesOwnVerb_StaysItsTime(string language, string sentence) =>
        Assert.NotEqual(0, DayTimes.Default.Hours(sentence, language));

    // The briefing: a morning strike's toll and its raised toll "that on Tuesday afternoon" officials gave are one event.
    [Theory]
    [InlineData("es", "Zaporiyia\n\nUn ataque con misiles contra una planta de Zaporiyia deja cinco muertos, según las autoridades regionales ucranianas, que el martes por la tarde elevaron el balance inicial de tres.")]
    [InlineData("en", "Zaporizhzhia\n\nA missile strike on a plant in Zaporizhzhia killed five people, according to regional officials in Ukraine, who on Tuesday afternoon raised the initial toll of three.")]
    public void Build_ARaisedTollWithTheTimeOfItsRevision_JoinsTheMorningStrike(string language, string raised)
    {
        var briefing = BuildAround(Tuesday,
            ("Zaporizhzhia\n\nRussian missiles struck a plant in Zaporizhzhia on Tuesday morning, killing three workers, the governor said.", Tuesday),
            (raised, Tuesday));

        Assert.Equal(language, analyzer.Analyze(new ArticleText(raised, null)).Language);
        var killed = briefing.Totals.Single(t => t.Kind == FigureKind.Killed);
        Assert.Equal((5L, 1), (killed.Headline, killed.Events));
    }

    // Oleshky, across the Dnipro from Kherson, was no place the gazetteer knew: its toll (told by the Russian-installed
    // governor) had no place and joined Kherson city's toll of its number on the same day (set 32: 2 killed for 3).
    [Theory]
    [InlineData("ru", "Алешки\n\nВ Алешках в результате обстрела погибли два мирных жителя, сообщил Владимир Сальдо в субботу.")]
    [InlineData("uk", "Олешки\n\nВ Олешках внаслідок обстрілу загинули двоє мирних жителів, повідомили в суботу.")]
    [InlineData("en", "Oleshky\n\nTwo civilians were killed by shelling in Oleshky on Saturday, the Russian-installed governor said.")]
    [InlineData("de", "Oleschky\n\nIn Oleschky sind am Samstag zwei Zivilisten durch Beschuss getötet worden.")]
    [InlineData("fr", "Olechky\n\nDeux civils ont été tués samedi par des tirs à Olechky, selon le gouverneur.")]
    [InlineData("es", "Oleshki\n\nDos civiles murieron el sábado por bombardeos en Oleshki, según el gobernador.")]
    [InlineData("ar", "أوليشكي\n\nقتل مدنيان اثنان في قصف على أوليشكي يوم السبت، بحسب الحاكم.")]
    [InlineData("fa", "اولشکی\n\nدو غیرنظامی روز شنبه در گلوله‌باران اولشکی کشته شدند.")]
    [InlineData("id", "Oleshky\n\nDua warga sipil tewas akibat penembakan di Oleshky pada Sabtu.")]
    [InlineData("vi", "Oleshky\n\nHai dân thường đã thiệt mạng do pháo kích ở Oleshky hôm thứ Bảy.")]
    public void Build_ATollInOleshkyBesideKhersonsToll_IsAnEventOfItsOwn(string language, string oleshky)
    {
        var saturday = new DateOnly(2026, 12, 19);
        var briefing = BuildAround(saturday,
            ("Kherson\n\nRussian shelling killed two people in Kherson on Saturday, governor Oleksandr Prokudin said.", saturday),
            (oleshky, saturday));

        Assert.Equal(language, analyzer.Analyze(new ArticleText(oleshky, null)).Language);
        var killed = briefing.Totals.Single(t => t.Kind == FigureKind.Killed);
        Assert.Equal((4L, 2), (killed.Headline, killed.Events));
    }

    // A ministry's daytime bulletin ("from 8:00 to 14:00 Moscow time, 14 drones were destroyed") counts another span than
    // its night's tally (45 overnight): weapons tallies took no time, so the two were one engagement (set 32: 45 for 59).
    [Theory]
    [InlineData("ru", "В период с 8:00 до 14:00 по московскому времени дежурными средствами ПВО уничтожены 14 украинских беспилотников.")]
    [InlineData("uk", "З 08:00 до 14:00 за київським часом протиповітряна оборона збила 14 дронів.")]
    [InlineData("en", "Air defences destroyed 14 drones between 8 a.m. and 2 p.m. Moscow time, the ministry said.")]
    [InlineData("de", "Zwischen 8:00 und 14:00 Uhr Moskauer Zeit wurden 14 Drohnen abgeschossen.")]
    [InlineData("fr", "Entre 8h00 et 14h00, heure de Moscou, 14 drones ont été abattus.")]
    [InlineData("es", "Entre las 8:00 y las 14:00 hora de Moscú fueron derribados 14 drones.")]
    [InlineData("id", "Rusia menembak jatuh 14 drone Ukraina pada Selasa siang, antara pukul 08.00 dan 14.00.")]
    [InlineData("vi", "Từ 8:00 đến 14:00 giờ Moscow, 14 máy bay không người lái đã bị bắn hạ.")]
    [InlineData("ar", "أسقطت الدفاعات الجوية 14 طائرة مسيرة في الفترة من الساعة 8:00 حتى الساعة 14:00 بتوقيت موسكو.")]
    [InlineData("fa", "از ساعت ۸:۰۰ تا ۱۴:۰۰ به وقت مسکو ۱۴ پهپاد سرنگون شد.")]
    public void Build_ADaytimeBulletinBesideTheNightsTally_IsAnEngagementOfItsOwn(string language, string daytime)
    {
        var briefing = BuildAround(Tuesday,
            ("Russia\n\nRussia's defence ministry said its air defences shot down 45 Ukrainian drones overnight over the Bryansk and Kursk regions.", Tuesday),
            (daytime, Tuesday));

        Assert.Equal(language, analyzer.Analyze(new ArticleText(daytime, null)).Language);
        var downed = briefing.Totals.Single(t => t.Kind == FigureKind.DronesDowned);
        Assert.Equal((59L, 2), (downed.Headline, downed.Events));
    }

    // Negatives: the night's tally told again ("overnight", "у ніч на", a night span "з 18:00 до 08:00") or with the time it
    // was told ("said on Tuesday morning") stays one engagement.
    [Theory]
    [InlineData("Ukraine\n\nThe air force said on Tuesday morning it had shot down 62 drones overnight.")]
    [InlineData("Україна\n\nУ ніч на 1 грудня (з 18:00 30 листопада до 08:00) збито 62 ворожі дрони.")]
    [InlineData("Ukraine\n\nUkraine's air defences shot down 62 Russian drones, the air force said.")]
    public void Build_TheNightsTallyToldAgain_StaysOneEngagement(string again)
    {
        var briefing = BuildAround(Tuesday,
            ("Ukraine\n\nUkraine's air force said it shot down 62 of 84 Russian drones launched overnight.", Tuesday),
            (again, Tuesday));

        var downed = briefing.Totals.Single(t => t.Kind == FigureKind.DronesDowned);
        Assert.Equal((62L, 1), (downed.Headline, downed.Events));
    }

    private Reports.Core.Briefings.Briefing BuildAround(DateOnly day, params (string Text, DateOnly Published)[] articles) =>
        BriefingHarness.Build(analyzer, new Period(day.AddDays(-2), day.AddDays(2)), articles);
}
