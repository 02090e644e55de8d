using Reports.Core.Aggregation;
using Reports.Core.Analysis;
using Reports.Core.Articles;
using Reports.Core.Figures;
using static Reports.Core.Tests.Aggregation.Analyses;

namespace Reports.Core.Tests.Aggregation;

/// <summary>
/// Twenty-first session, the events helper (docs/aggregation.md, "Twenty-first session"): a toll's time of day is resolved
/// at ingestion and stored beside its event day (<see cref="Figure.Hours"/>, JSON "hours", the day rollup), so a briefing
/// reads no sentence for it; analyses stored before (no "hours") are still read from their sentences. Sentences written
/// for these tests.
/// </summary>
public sealed class TwentyFirstEventsTests
{
    private const int Morning = 0b1111_1110_0000; // 05-11
    private const int Night = 0b1100_0000_0000_0000_0000_0001_1111; // 22-04 (bits 0-4 and 22-23)

    private readonly ArticleAnalyzer analyzer = new();

    [Fact]
    public void Stamp_ResolvesEachTollsHoursAndLeavesWeaponsTalliesAlone()
    {
        var analysis = analyzer.Analyze(new ArticleText("Zaporizhzhia\n\nA missile strike on Zaporizhzhia killed two people on Thursday morning. Air defences shot down 40 of 52 drones overnight. Three people were injured in Kherson.", null));

        var stamped = DayTimes.Default.Stamp(analysis.Figures, analysis.Language);

        var killed = Assert.Single(stamped, f => f.Kind == FigureKind.Killed);
        Assert.NotNull(killed.Hours);
        Assert.Equal(0, killed.Hours!.Value & ~Morning);
        Assert.Equal(0, Assert.Single(stamped, f => f.Kind == FigureKind.Injured).Hours); // no time: resolved, 0
        Assert.All(stamped.Where(f => f.Kind is FigureKind.DronesDowned or FigureKind.DronesLaunched), f => Assert.Null(f.Hours));
    }

    [Fact]
    public void Stamp_NothingToResolve_ReturnsTheSameList()
    {
        // Negative: weapons only, or tolls stamped already.
        IReadOnlyList<Figure> weapons = [Fig(FigureKind.DronesDowned, 40)];
        IReadOnlyList<Figure> stamped = [Killed(2) with { Hours = Morning }];

        Assert.Same(weapons, DayTimes.Default.Stamp(weapons, "en"));
        Assert.Same(stamped, DayTimes.Default.Stamp(stamped, "en"));
    }

    [Fact]
    public void StoredAnalysis_KeepsTheHours_AndAnOldOneHasNone()
    {
        var original = Article("a", Day1, "en", Killed(2) with { Hours = Morning }, Killed(5) with { Hours = 0 }, Killed(7));

        var back = StoredAnalysisJson.Deserialize(StoredAnalysisJson.Serialize(original), "analyses/2025/03/27/a.json");

        Assert.Equal([Morning, 0, null], back.Figures.Select(f => f.Hours).ToArray());
    }

    [Fact]
    public void StoredAnalysis_HoursOutOfTheDay_NamesTheBlob()
    {
        var json = """{"source":"a.txt","figures":[{"kind":"killed","value":2,"hours":16777216}],"articleId":"a","uploadedAt":"2025-03-27T08:30:00+00:00"}"""u8.ToArray();

        var error = Assert.Throws<InvalidDataException>(() => StoredAnalysisJson.Deserialize(json, "analyses/2025/03/27/a.json"));
        Assert.StartsWith("analyses/2025/03/27/a.json", error.Message);
    }

    [Fact]
    public void Rollup_KeepsTheHours_AndTheirAbsence()
    {
        var analysis = Article("a", Day1, "en", Killed(2) with { Hours = Night }, Killed(5));

        var decoded = DayRollup.TryDecode(DayRollup.Encode([("2025/03/27/a.json", analysis)]))!["2025/03/27/a.json"];

        Assert.Equal([Night, null], decoded.Figures.Select(f => f.Hours).ToArray());
    }

    [Fact]
    public void Build_StoredHours_AreUsedWithoutReadingTheSentence()
    {
        // The sentences say no time; the stored hours (morning, night) tell the two strikes apart.
        var briefing = new BriefingBuilder().Build(
            [
                Article("a", Day1, "en", Killed(2).At("ua/kharkiv-oblast/kharkiv").Saying("Two people were killed in Kharkiv.") with { Hours = Morning }),
                Article("b", Day1, "en", Killed(3).At("ua/kharkiv-oblast/kharkiv").Saying("Three people were killed in Kharkiv.") with { Hours = Night }),
            ],
            new BriefingFilter(new Period(Day1.AddDays(-1), Day1.AddDays(1))));

        var killed = briefing.Totals.Single(t => t.Kind == FigureKind.Killed);
        Assert.Equal((5L, 2), (killed.Headline, killed.Events));
    }

    [Fact]
    public void Build_AnalysesStoredBeforeTheHours_AreReadFromTheirSentences()
    {
        // No "hours" stored (older analyses): the times are read from the sentences when the briefing is built.
        var briefing = new BriefingBuilder().Build(
            [
                Article("a", Day1, "en", Killed(2).At("ua/kharkiv-oblast/kharkiv").Saying("Two people were killed in Kharkiv on Thursday morning.")),
                Article("b", Day1, "en", Killed(3).At("ua/kharkiv-oblast/kharkiv").Saying("Three people were killed in a late-night attack on Kharkiv.")),
            ],
            new BriefingFilter(new Period(Day1.AddDays(-1), Day1.AddDays(1))));

        var killed = briefing.Totals.Single(t => t.Kind == FigureKind.Killed);
        Assert.Equal((5L, 2), (killed.Headline, killed.Events));
    }

    [Fact]
    public void Build_StoredNoTime_OverridesNothingAndMerges()
    {
        // Negative: a stored 0 (the sentence gave no time) never tells events apart.
        var briefing = new BriefingBuilder().Build(
            [
                Article("a", Day1, "en", Killed(2).At("ua/kharkiv-oblast/kharkiv").Saying("Two people were killed in Kharkiv.") with { Hours = Morning }),
                Article("b", Day1, "en", Killed(3).At("ua/kharkiv-oblast/kharkiv").Saying("Three people were killed in Kharkiv.") with { Hours = 0 }),
            ],
            new BriefingFilter(new Period(Day1.AddDays(-1), Day1.AddDays(1))));

        var killed = briefing.Totals.Single(t => t.Kind == FigureKind.Killed);
        Assert.Equal((3L, 1), (killed.Headline, killed.Events));
    }
}
