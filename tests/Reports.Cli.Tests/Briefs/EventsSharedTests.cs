using System.Globalization;
using System.Text.Json;
using Reports.Testing;

namespace Reports.Cli.Tests.Briefs;

/// <summary>
/// A floor on the developers' events set (../shared/eval/dev/events.jsonl, skipped where it is absent), computed as
/// score.py events does: each news day's articles (file time = publication date) briefed over its period by the CLI,
/// the briefing's total per kind against the sum of the gold events. Raise the floor as it improves.
/// </summary>
public sealed class EventsSharedTests
{
    [SharedFact]
    public async Task Brief_DevEventDays_TotalErrorAndCellsInRangeStayAtTheirFloors()
    {
        var (mean, inRange, cells) = await ScoreAsync(SharedData.File("eval/dev/events.jsonl"));

        // Floors at what is measured (2026-12-04, fifth session: 0.005, 31 of 31 after headline news days, later reports taking their article's other tallies, split combined counts dropped, weapon types added and vague weapons counts yielding; 0.082, 29 of 31 after tolls raised by a count, far tolls and 'Oct. 7'; 0.102, 28 of 31 after German 'der' as 'of'; fourth: 0.109, 27 of 31, after combined weapons nouns, spans
        // of hours, superlative frames, time expressions owned by their clause, "since" dates and "another N" added;
        // 0.167 and 24 of 31 before).
        Assert.True(mean <= 0.01, $"event total error {mean:F3} > 0.01");
        Assert.True(inRange >= 31, $"only {inRange} of {cells} cells in the gold range");
    }

    /// <summary>
    /// Our own news days (Briefs/Data/own-event-days.jsonl: 7 days, 33 articles from several outlets and languages written
    /// for this project, 34 gold events by the GUIDELINE's Events rules, annotated before the system was run on them), the
    /// same score. Measured 2026-12-04: 0.200 and 16 of 23 cells before the seventh session's event work, 0.017 and 22 of 23 after.
    /// </summary>
    [Fact]
    public async Task Brief_OwnEventDays_TotalErrorAndCellsInRangeStayAtTheirFloors()
    {
        var (mean, inRange, cells) = await ScoreAsync(Path.Combine(AppContext.BaseDirectory, "Briefs", "Data", "own-event-days.jsonl"));

        Assert.Equal(23, cells);
        Assert.True(mean <= 0.02, $"event total error {mean:F3} > 0.02");
        Assert.True(inRange >= 22, $"only {inRange} of {cells} cells in the gold range");
    }

    /// <summary>
    /// More of our own news days (Briefs/Data/own-event-days-2.jsonl: 6 days, 42 articles in en, uk, ru, de, fr, es, id, vi,
    /// ar, fa; 36 gold events annotated by the GUIDELINE before the system was run): one night's tally in six languages
    /// ("about 130", "more than 120"), a toll whose city comes before its count, "six killed across Ukraine, four of them
    /// in Sumy", a toll corrected down, the Gaza ministry's daily toll beside the war's total, Sudan and the Red Sea, reports
    /// filed a day later without a date. Measured 2026-12-04: 0.483 and 10 of 24 cells before the eighth session's work, 0.187
    /// and 18 after nights, weekdays and launch sites, 0.052 and 23 after later reports of tolls, corrections and causes.
    /// </summary>
    [Fact]
    public async Task Brief_MoreOwnEventDays_TotalErrorAndCellsInRangeStayAtTheirFloors()
    {
        var (mean, inRange, cells) = await ScoreAsync(Path.Combine(AppContext.BaseDirectory, "Briefs", "Data", "own-event-days-2.jsonl"));

        Assert.Equal(24, cells);
        Assert.True(mean <= 0.06, $"event total error {mean:F3} > 0.06");
        Assert.True(inRange >= 23, $"only {inRange} of {cells} cells in the gold range");
    }

    /// <summary>
    /// A third set of our own news days (Briefs/Data/own-event-days-3.jsonl: 4 days, 23 articles, 14 gold events, written
    /// and annotated after the second set's fixes, so that it measures them on days they were not made on): Russia's night
    /// with the Moscow region's part and Ukraine's own night, a day's toll listed by region, Gaza with Khan Younis inside
    /// it raised the next day, Hodeidah, a Dnipro strike in a long report with background figures, its toll rising over
    /// two days, and Kosti in Sudan. Measured 2026-12-04: 0.293 and 6 of 10 cells as first run, 0.082 and 8 after.
    /// </summary>
    [Fact]
    public async Task Brief_ThirdOwnEventDays_TotalErrorAndCellsInRangeStayAtTheirFloors()
    {
        var (mean, inRange, cells) = await ScoreAsync(Path.Combine(AppContext.BaseDirectory, "Briefs", "Data", "own-event-days-3.jsonl"));

        Assert.Equal(10, cells);
        Assert.True(mean <= 0.09, $"event total error {mean:F3} > 0.09");
        Assert.True(inRange >= 8, $"only {inRange} of {cells} cells in the gold range");
    }

    /// <summary>
    /// A fourth set (Briefs/Data/own-event-days-4.jsonl: 3 days, 16 articles, 12 gold events, written after the third's
    /// fixes): "56 of 72 drones" in four languages with a region's part and a weekly summary, Tyre and Nabatieh inside a
    /// "Sud-Liban" tally, Gaza's toll raised "yesterday", El Fasher, a bus in Belgorod and Russia's tally reported in
    /// Ukrainian. Measured 2026-12-04: 0.400 and 6 of 10 cells as first run, 0.100 and 9 after targets; 0.000 and 9 of 9
    /// once "three missiles that were not intercepted" no longer gave a downed figure (its cell, predicted only, is gone).
    /// </summary>
    [Fact]
    public async Task Brief_FourthOwnEventDays_TotalErrorAndCellsInRangeStayAtTheirFloors()
    {
        var (mean, inRange, cells) = await ScoreAsync(Path.Combine(AppContext.BaseDirectory, "Briefs", "Data", "own-event-days-4.jsonl"));

        Assert.Equal(9, cells);
        Assert.True(mean <= 0.01, $"event total error {mean:F3} > 0.01");
        Assert.True(inRange >= 9, $"only {inRange} of {cells} cells in the gold range");
    }

    /// <summary>
    /// A fifth set (Briefs/Data/own-event-days-5.jsonl: 2 days, 10 articles, 5 gold events, written after the fourth's
    /// fixes): Kupiansk in five languages (a Persian solar date, "Sabtu (12/9/2026)") beside the General Staff's daily
    /// losses, and Gaza with Deir al-Balah inside it, its toll rising "from Tuesday's strikes … said on Wednesday".
    /// Measured 2026-12-04: 0.581 and 2 of 5 cells as first run, 0.000 and 5 after.
    /// </summary>
    [Fact]
    public async Task Brief_FifthOwnEventDays_TotalErrorAndCellsInRangeStayAtTheirFloors()
    {
        var (mean, inRange, cells) = await ScoreAsync(Path.Combine(AppContext.BaseDirectory, "Briefs", "Data", "own-event-days-5.jsonl"));

        Assert.Equal(5, cells);
        Assert.True(mean <= 0.01, $"event total error {mean:F3} > 0.01");
        Assert.True(inRange >= 5, $"only {inRange} of {cells} cells in the gold range");
    }

    /// <summary>score.py's events score for one file: mean total error per news day and kind (capped at 1), cells in range.</summary>
    private static async Task<(double Mean, int InRange, int Cells)> ScoreAsync(string file)
    {
        var rows = File.ReadLines(file).Where(l => !string.IsNullOrWhiteSpace(l))
            .Select(l => JsonDocument.Parse(l).RootElement).ToList();
        var articles = rows.Where(r => r.TryGetProperty("text", out _)).ToList();
        var gold = rows.Where(r => r.TryGetProperty("event", out _) && !r.TryGetProperty("text", out _)
            && (!r.TryGetProperty("scope", out var scope) || scope.GetString() == "event")).ToList();
        string GroupOf(JsonElement r) => r.TryGetProperty("group", out var g) && g.GetString() is { Length: > 0 } s ? s : r.GetProperty("day").GetString()!;
        DateOnly Day(JsonElement r, string name) => DateOnly.ParseExact(r.GetProperty(name).GetString()!, "yyyy-MM-dd", CultureInfo.InvariantCulture);

        var errors = new List<double>();
        var inRange = 0;
        foreach (var group in articles.GroupBy(GroupOf))
        {
            using var folder = new Reports.Testing.TempFolder("reports-events-shared");
            var days = group.Select(a => Day(a, "day")).Concat(gold.Where(g => GroupOf(g) == group.Key).Select(g => Day(g, "day"))).ToList();
            foreach (var a in group)
            {
                var path = Path.Combine(folder.Path, a.GetProperty("id").GetString() + ".txt");
                await File.WriteAllTextAsync(path, a.GetProperty("text").GetString());
                var published = a.TryGetProperty("published", out var p) && p.GetString() is { Length: > 0 } ? Day(a, "published") : Day(a, "day");
                File.SetLastWriteTimeUtc(path, published.ToDateTime(new TimeOnly(12, 0), DateTimeKind.Utc));
            }

            var output = Path.Combine(folder.Path, "briefing.json");
            var run = await CliRun.InvokeAsync("brief", folder.Path, "--from", $"{days.Min().AddDays(-1):yyyy-MM-dd}", "--to", $"{days.Max().AddDays(2):yyyy-MM-dd}", "--format", "json", "-o", output);
            Assert.Equal(0, run.ExitCode);
            using var briefing = JsonDocument.Parse(await File.ReadAllTextAsync(output));
            var totals = briefing.RootElement.GetProperty("totals").EnumerateArray().ToDictionary(t => t.GetProperty("kind").GetString()!, t => t.GetProperty("headline").GetInt64());
            var ofGroup = gold.Where(g => GroupOf(g) == group.Key).ToList();
            foreach (var kind in ofGroup.Select(g => g.GetProperty("kind").GetString()!).Concat(totals.Keys).Distinct())
            {
                var events = ofGroup.Where(g => g.GetProperty("kind").GetString() == kind).ToList();
                long Sum(string name) => events.Sum(e => e.TryGetProperty(name, out var v) ? v.GetInt64() : e.GetProperty("value").GetInt64());
                var predicted = totals.GetValueOrDefault(kind);
                if (events.Count == 0 && predicted == 0)
                {
                    continue;
                }

                var value = Sum("value");
                errors.Add(Math.Min(1.0, Math.Abs(predicted - value) / (double)Math.Max(value, 1)));
                inRange += Sum("lower") <= predicted && predicted <= Sum("upper") ? 1 : 0;
            }
        }

        // Measured on dev 2026-12-04: total error 0.167, 24 of 31 cells in range with the extractor of that morning (0.173 and
        // 23/31 before it; 0.234 and 20/31 before the toll headline rule, sea areas and "a day after"; 0.571 and 12/31 before
        // places, dates and sides).
        return (errors.Average(), inRange, errors.Count);
    }
}
