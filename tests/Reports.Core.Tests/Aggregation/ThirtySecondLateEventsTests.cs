using Reports.Core.Aggregation;
using Reports.Core.Analysis;
using Reports.Core.Figures;

namespace Reports.Core.Tests.Aggregation;

/// <summary>
/// Thirty-second session, the late-events helper (docs/aggregation.md, "Thirty-second session", "late-events"): a toll
/// kept apart whose place and number another outlet lists as a part of a larger event is that part. Sentences written
/// for these tests (no evaluation text).
/// </summary>
public sealed class ThirtySecondLateEventsTests
{
    // A Tuesday.
    private static readonly DateOnly Tuesday = new(2026, 11, 17);

    private readonly ArticleAnalyzer analyzer = new();

    // A country's total told over several regions (filed under one of them) with its list of districts, beside another
    // outlet's toll of one listed district in the other region: the district's toll is inside the total.
    [Fact]
    public void Build_ADistrictListedUnderARegionsTotal_IsInsideIt()
    {
        var briefing = BriefingHarness.Build(analyzer, new Period(Tuesday.AddDays(-1), Tuesday.AddDays(1)),
            ("Israeli strikes kill six in Lebanon\n\nIsraeli strikes on Lebanon killed six people and wounded 11 on Tuesday, the health ministry said. Four people were killed and eight wounded in a strike near Nabatieh. In the eastern Bekaa valley, a strike near Baalbek killed two people and wounded three.", Tuesday),
            ("Serangan udara Israel di Lebanon selatan dan timur pada Selasa menewaskan enam orang dan melukai 11 lainnya, kata kementerian kesehatan.", Tuesday),
            ("Deux personnes ont été tuées et trois blessées mardi dans une frappe israélienne à Baalbek, dans l'est du Liban.", Tuesday));

        var killed = briefing.Totals.Single(t => t.Kind == FigureKind.Killed);
        Assert.Equal((6L, 1), (killed.Headline, killed.Events));
        var injured = briefing.Totals.Single(t => t.Kind == FigureKind.Injured);
        Assert.Equal((11L, 1), (injured.Headline, injured.Events));
    }

    // "In another strike in the south" names no town: beside another outlet's list that puts the same number in a named
    // camp, it is that part of the day's toll, not an attack of its own.
    [Fact]
    public void Build_AnotherStrikeWithNoTown_JoinsTheListedPartOfItsValue()
    {
        var briefing = BriefingHarness.Build(analyzer, new Period(Tuesday.AddDays(-1), Tuesday.AddDays(1)),
            ("Israeli strikes kill seven in Gaza\n\nAn Israeli strike on a house in Beit Lahia on Tuesday killed three people, medics said. In another strike in the south, four people were killed when a school used as a shelter was hit.", Tuesday),
            ("Gaza: Sieben Tote bei israelischen Angriffen\n\nBei israelischen Angriffen im Gazastreifen sind am Dienstag sieben Menschen getötet worden. Drei von ihnen starben in Beit Lahia, vier in einer Schule in Al-Mawasi.", Tuesday));

        var killed = briefing.Totals.Single(t => t.Kind == FigureKind.Killed);
        Assert.Equal(7L, killed.Headline);
    }
}
