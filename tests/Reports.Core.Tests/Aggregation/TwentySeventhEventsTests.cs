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

    private Reports.Core.Briefings.Briefing Build(params (string Text, DateOnly Published)[] articles) =>
        BriefingHarness.Build(analyzer, new Period(Day.AddDays(-2), Day.AddDays(2)), articles);
}
