using Reports.Core.Aggregation;
using Reports.Core.Analysis;
using Reports.Core.Articles;
using Reports.Core.Figures;

namespace Reports.Core.Tests.Aggregation;

/// <summary>
/// Twenty-seventh session, the events helper (docs/aggregation.md, "Twenty-seventh session"): a toll whose sentence says
/// it counts several attacks ("in the two attacks", "внаслідок двох ударів") is the day's sum of a place's strikes, so
/// the strikes other outlets report apart are its parts, not events beside it. Sentences written for these tests.
/// </summary>
public sealed class TwentySeventhEventsTests
{
    // A Saturday.
    private static readonly DateOnly Day = new(2026, 9, 19);

    private readonly ArticleAnalyzer analyzer = new();

    [Theory]
    [InlineData("en", "In all, five people were killed in the two attacks on Kharkiv on Saturday, the governor said.")]
    [InlineData("uk", "Загалом у суботу в Харкові внаслідок двох ударів загинули 5 людей, повідомив губернатор.")]
    [InlineData("ru", "Всего в субботу в Харькове в результате двух ударов погибли пять человек, сообщил губернатор.")]
    [InlineData("fr", "Cinq personnes ont été tuées samedi à Kharkiv lors de deux frappes russes, a indiqué le gouverneur.")]
    [InlineData("es", "Cinco personas murieron el sábado en dos ataques rusos contra Járkov, según el gobernador.")]
    [InlineData("de", "Bei zwei russischen Angriffen auf Charkiw sind am Samstag insgesamt fünf Menschen getötet worden.")]
    [InlineData("id", "Dua serangan Rusia di Kharkiv pada Sabtu menewaskan lima orang, kata gubernur.")]
    [InlineData("vi", "Hai cuộc tấn công của Nga vào Kharkiv hôm thứ Bảy đã khiến 5 người thiệt mạng, thống đốc cho biết.")]
    [InlineData("ar", "قال الحاكم إن 5 أشخاص قتلوا في الهجومين الروسيين على خاركيف يوم السبت.")]
    [InlineData("fa", "در دو حمله روسیه به خارکیف در روز شنبه ۵ نفر کشته شدند.")]
    public void Build_ADaysSumOfTwoStrikes_HoldsTheStrikesReportedApart(string language, string sum)
    {
        // The sum had no time of its own: it joined the morning's three (headline five) while the evening's two stayed
        // an event beside it (7 for 5).
        var briefing = Build(
            ("Kharkiv\n\nA Russian guided bomb struck Kharkiv on Saturday morning, killing three people, the governor said.", Day),
            ("Kharkiv\n\nA Russian missile struck Kharkiv late on Saturday evening, killing two people, the mayor said.", Day),
            ("Kharkiv\n\n" + sum, Day));

        Assert.Equal(language, analyzer.Analyze(new ArticleText(sum, null)).Language);
        var killed = briefing.Totals.Single(t => t.Kind == FigureKind.Killed);
        Assert.Equal((5L, 1), (killed.Headline, killed.Events));
    }

    [Fact]
    public void Build_ADaysSumAlsoStatedWithoutItsWords_HoldsTheStrikes()
    {
        // An outlet that gives the sum's number without saying it sums two attacks is the sum, not a larger single
        // strike that leaves no room for the evening's two.
        var briefing = Build(
            ("Kharkiv\n\nA Russian guided bomb struck Kharkiv on Saturday morning, killing three people, the governor said.", Day),
            ("Kharkiv\n\nA Russian missile struck Kharkiv late on Saturday evening, killing two people, the mayor said.", Day),
            ("Kharkiv\n\nFive people were killed in Russian attacks on Kharkiv on Saturday, the governor said.", Day),
            ("Kharkiv\n\nIn all, five people were killed in the two attacks on Kharkiv on Saturday, the governor said.", Day));

        var killed = briefing.Totals.Single(t => t.Kind == FigureKind.Killed);
        Assert.Equal((5L, 1), (killed.Headline, killed.Events));
    }

    [Fact]
    public void Build_ASumThatCannotHoldAnotherStrike_LeavesItApart()
    {
        // Negative: the evening's four do not fit in a sum of five beside the morning's three: a strike the sum does not
        // count stays an event of its own (the sum holds the four, as before).
        var briefing = Build(
            ("Kharkiv\n\nA Russian guided bomb struck Kharkiv on Saturday morning, killing three people, the governor said.", Day),
            ("Kharkiv\n\nA Russian missile struck Kharkiv late on Saturday evening, killing four people, the mayor said.", Day),
            ("Kharkiv\n\nIn all, five people were killed in the two attacks on Kharkiv on Saturday, the governor said.", Day));

        var killed = briefing.Totals.Single(t => t.Kind == FigureKind.Killed);
        Assert.Equal((8L, 2), (killed.Headline, killed.Events));
    }

    [Fact]
    public void Build_ATollOfOneAttackAndAnotherStrike_StaysTwoEvents()
    {
        // Negative: with no sum of several attacks, a morning and an evening strike on one city are two events (as before).
        var briefing = Build(
            ("Kharkiv\n\nA Russian guided bomb struck Kharkiv on Saturday morning, killing three people, the governor said.", Day),
            ("Kharkiv\n\nA Russian missile struck Kharkiv late on Saturday evening, killing two people, the mayor said.", Day),
            ("Kharkiv\n\nFive people were killed in Russian attacks on Kharkiv on Saturday, the governor said.", Day));

        var killed = briefing.Totals.Single(t => t.Kind == FigureKind.Killed);
        Assert.Equal((7L, 2), (killed.Headline, killed.Events));
    }

    [Fact]
    public void Build_ASumOfTwoStrikesInAnotherCity_LeavesThisCitysStrikeApart()
    {
        // Negative: Odesa's sum does not hold Kharkiv's strike.
        var briefing = Build(
            ("Kharkiv\n\nA Russian missile struck Kharkiv late on Saturday evening, killing two people, the mayor said.", Day),
            ("Odesa\n\nIn all, five people were killed in the two attacks on Odesa on Saturday, the governor said.", Day));

        var killed = briefing.Totals.Single(t => t.Kind == FigureKind.Killed);
        Assert.Equal((7L, 2), (killed.Headline, killed.Events));
    }

    [Theory]
    [InlineData("en", "Russian shelling killed two people and wounded 14 in the Kherson region over the past day, the governor said.")]
    [InlineData("uk", "Минулої доби внаслідок російських обстрілів на Херсонщині загинули 2 людини, ще 14 поранені.")]
    [InlineData("ru", "За прошедшие сутки в результате обстрелов в Херсонской области погибли два человека, 14 ранены.")]
    [InlineData("de", "In der Region Cherson sind am vergangenen Tag zwei Menschen getötet und 14 verletzt worden.")]
    [InlineData("fr", "Deux personnes ont été tuées et 14 blessées dans la région de Kherson au cours de la dernière journée.")]
    [InlineData("es", "Dos personas murieron y 14 resultaron heridas en la región de Jersón en el último día.")]
    [InlineData("id", "Dua orang tewas dan 14 lainnya terluka di wilayah Kherson dalam sehari terakhir, kata gubernur.")]
    [InlineData("vi", "Hai người thiệt mạng và 14 người bị thương ở tỉnh Kherson trong ngày qua, thống đốc cho biết.")]
    [InlineData("ar", "قتل شخصان وأصيب 14 آخرون في منطقة خيرسون خلال اليوم الماضي.")]
    [InlineData("fa", "در شبانه‌روز گذشته ۲ نفر در استان خرسون کشته و ۱۴ نفر زخمی شدند.")]
    public void Build_APastDayBulletinAndALaterStrikeOfItsDay_AreTwoEvents(string language, string bulletin)
    {
        // With no toll of the day before in the region, the bulletin stayed on its own day and held the bus stop's toll of
        // 11:00 (2 killed for 4, 14 injured for 19).
        var briefing = Build(
            ("Kherson region\n\n" + bulletin, Day),
            ("Kherson\n\nRussian forces shelled a bus stop in Kherson at about 11:00 on Saturday, killing two people and wounding five.", Day));

        Assert.Equal(language, analyzer.Analyze(new ArticleText(bulletin, null)).Language);
        var killed = briefing.Totals.Single(t => t.Kind == FigureKind.Killed);
        var injured = briefing.Totals.Single(t => t.Kind == FigureKind.Injured);
        Assert.Equal((4L, 2, 19L), (killed.Headline, killed.Events, injured.Headline));
        Assert.Contains(briefing.Events, e => e.Kind == FigureKind.Killed && e.Day == Day.AddDays(-1));
    }

    [Fact]
    public void Build_APastDayBulletinWhoseWordsAreInItsTitle_IsTheDayBefores()
    {
        var briefing = Build(
            ("Олександр Прокудін: минулої доби ворог обстріляв 32 населені пункти Херсонщини\n\nПід обстрілами перебували Білозерка та Антонівка. Внаслідок російської агресії загинули 2 людини, ще 14 людей дістали поранень.", Day),
            ("Херсон\n\nБлизько 11:00 російські військові обстріляли зупинку громадського транспорту в Херсоні. Загинули двоє людей, ще 5 поранені.", Day));

        var killed = briefing.Totals.Single(t => t.Kind == FigureKind.Killed);
        Assert.Equal((4L, 2), (killed.Headline, killed.Events));
    }

    [Theory]
    // Negative: a strike of the night or the early morning, or of no time, may be in the morning's bulletin (as before).
    [InlineData("Russian forces shelled a bus stop in Kherson overnight, killing two people and wounding five.")]
    [InlineData("Russian forces shelled a bus stop in Kherson at about 07:30 on Saturday, killing two people and wounding five.")]
    [InlineData("Russian forces shelled a bus stop in Kherson on Saturday, killing two people and wounding five.")]
    public void Build_APastDayBulletinAndAnEarlierOrUntimedStrike_StayOneEvent(string strike)
    {
        var briefing = Build(
            ("Kherson region\n\nRussian shelling killed two people and wounded 14 in the Kherson region over the past day, the governor said.", Day),
            ("Kherson\n\n" + strike, Day));

        var killed = briefing.Totals.Single(t => t.Kind == FigureKind.Killed);
        Assert.Equal((2L, 1), (killed.Headline, killed.Events));
    }

    [Theory]
    // Negative: a ministry's count of the last 24 hours, reported at noon, holds a strike of that midday (as before).
    [InlineData("en", "Gaza's health ministry said 29 people were killed and 80 wounded in the past 24 hours.")]
    [InlineData("fr", "Le ministère de la Santé de Gaza a fait état de 29 morts et de 80 blessés en 24 heures.")]
    [InlineData("de", "Im Gazastreifen sind nach Angaben des Gesundheitsministeriums binnen 24 Stunden 29 Menschen getötet und 80 verletzt worden.")]
    public void Build_ATwentyFourHourCountAndAMiddayStrike_StayOneEvent(string language, string count)
    {
        var briefing = Build(
            ("Gaza\n\n" + count, Day),
            ("Khan Younis\n\nAn Israeli strike on a market in Khan Younis at midday on Saturday killed nine people and wounded 20.", Day));

        Assert.Equal(language, analyzer.Analyze(new ArticleText(count, null)).Language);
        var killed = briefing.Totals.Single(t => t.Kind == FigureKind.Killed);
        Assert.Equal((29L, 1), (killed.Headline, killed.Events));
    }

    [Fact]
    public void Build_AOneParagraphPostSayingItsStrikeWasTheDaysSecond_KeepsItsDay()
    {
        // Negative: the article's only paragraph is its title; "за добу" (within a day) there is no bulletin's past day.
        var briefing = Build(
            ("Іван Федоров: о 19:30 ворог завдав удару КАБами по Запоріжжю. Загинули 3 людини, 12 поранені. Це вже другий удар по місту за добу.", Day),
            ("Zaporizhzhia\n\nA Russian guided bomb struck Zaporizhzhia at about 19:30 on Saturday, killing three people.", Day));

        var killed = briefing.Totals.Single(t => t.Kind == FigureKind.Killed);
        Assert.Equal((3L, 1), (killed.Headline, killed.Events));
        Assert.DoesNotContain(briefing.Events, e => e.Day != Day);
    }

    [Fact]
    public void Build_AnEveningStrikeAndARegionsTollWithoutPastDayWords_StayOneEvent()
    {
        // Negative: a region's toll of the day (no past-day words) holds its city's evening strike (as before).
        var briefing = Build(
            ("Kherson region\n\nRussian shelling killed two people and wounded 14 in the Kherson region on Saturday, the governor said.", Day),
            ("Kherson\n\nRussian forces shelled a bus stop in Kherson at about 19:00 on Saturday, killing two people and wounding five.", Day));

        var killed = briefing.Totals.Single(t => t.Kind == FigureKind.Killed);
        Assert.Equal((2L, 1), (killed.Headline, killed.Events));
    }

    private Reports.Core.Briefings.Briefing Build(params (string Text, DateOnly Published)[] articles) =>
        BriefingHarness.Build(analyzer, new Period(Day.AddDays(-2), Day.AddDays(2)), articles);
}
