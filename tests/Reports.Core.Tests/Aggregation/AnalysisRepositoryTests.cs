using Reports.Core.Aggregation;
using Reports.Core.Figures;
using Reports.Core.Storage;
using static Reports.Core.Tests.Aggregation.Analyses;

namespace Reports.Core.Tests.Aggregation;

public sealed class AnalysisRepositoryTests
{
    private readonly MemoryBlobStore store = new();

    [Fact]
    public async Task Read_Period_ListsAndReadsOnlyThePeriodsDays()
    {
        for (var d = 0; d < 30; d++)
        {
            for (var i = 0; i < 5; i++)
            {
                await PutAsync(Article($"d{d:D2}i{i}", Day1.AddDays(d), Killed(i + 1)));
            }
        }

        var sut = new AnalysisRepository(store);

        var analyses = await sut.ReadAsync(new Period(Day1.AddDays(10), Day1.AddDays(11)), CancellationToken.None);

        Assert.Equal(10, analyses.Count);
        Assert.All(analyses, a => Assert.InRange(a.Day, Day1.AddDays(10), Day1.AddDays(11)));
        Assert.Equal(10, store.Listed);
        Assert.Equal(10 + 2, store.Gets); // ten analyses, two day rollups (not there yet)
        Assert.Equal(analyses.Select(a => a.ArticleId).Order(StringComparer.Ordinal), analyses.Select(a => a.ArticleId));
    }

    [Fact]
    public async Task Read_Again_ReadsEachDayFromItsRollup()
    {
        await PutDaysAsync(days: 3, perDay: 4);
        var first = await new AnalysisRepository(store).ReadAsync(new Period(Day1, Day1.AddDays(2)), CancellationToken.None);
        var gets = store.Gets;

        var second = await new AnalysisRepository(store).ReadAsync(new Period(Day1, Day1.AddDays(2)), CancellationToken.None);

        Assert.Equal(3, store.Gets - gets); // one rollup a day, no analysis blob
        Assert.Equal(first.Select(Json), second.Select(Json));
    }

    [Fact]
    public async Task Read_AnalysisAddedAfterTheRollup_IsReadAndTheRollupRenewed()
    {
        await PutDaysAsync(days: 1, perDay: 3);
        var sut = new AnalysisRepository(store);
        await sut.ReadAsync(new Period(Day1, Day1), CancellationToken.None);
        await PutAsync(Article("late", Day1, Killed(40)));
        var gets = store.Gets;

        var second = await sut.ReadAsync(new Period(Day1, Day1), CancellationToken.None);
        var third = await sut.ReadAsync(new Period(Day1, Day1), CancellationToken.None);

        Assert.Contains(second, a => a.ArticleId == "late");
        Assert.Equal(4, second.Count);
        Assert.Equal(2 + 1, store.Gets - gets); // the rollup twice, the new analysis once
        Assert.Equal(second.Select(Json), third.Select(Json));
    }

    [Fact]
    public async Task Read_AnalysisGoneSinceTheRollup_IsLeftOut()
    {
        await PutDaysAsync(days: 1, perDay: 3);
        await new AnalysisRepository(store).ReadAsync(new Period(Day1, Day1), CancellationToken.None);
        await store.DeleteAsync(AnalysisRepository.Container, AnalysisRepository.NameOf(Day1, "d00i1"), CancellationToken.None);

        var analyses = await new AnalysisRepository(store).ReadAsync(new Period(Day1, Day1), CancellationToken.None);

        Assert.Equal(["d00i0", "d00i2"], analyses.Select(a => a.ArticleId));
    }

    [Fact]
    public async Task Read_DamagedRollup_IsIgnoredAndWrittenAgain()
    {
        await PutDaysAsync(days: 1, perDay: 3);
        await new AnalysisRepository(store).ReadAsync(new Period(Day1, Day1), CancellationToken.None);
        var rollup = (await store.GetAsync(DayRollup.Container, DayRollup.NameOf(Day1), CancellationToken.None))!;
        await store.PutAsync(DayRollup.Container, DayRollup.NameOf(Day1), rollup.Content[..(rollup.Content.Length / 2)], BlobWriteOptions.Overwrite, CancellationToken.None);

        var analyses = await new AnalysisRepository(store).ReadAsync(new Period(Day1, Day1), CancellationToken.None);
        var repaired = (await store.GetAsync(DayRollup.Container, DayRollup.NameOf(Day1), CancellationToken.None))!;

        Assert.Equal(3, analyses.Count);
        Assert.Equal(3, DayRollup.TryDecode(repaired.Content)!.Count);
    }

    [Fact]
    public async Task Read_RollupsOff_WritesNone()
    {
        await PutDaysAsync(days: 2, perDay: 2);
        var puts = store.Puts;

        var analyses = await new AnalysisRepository(store, new AnalysisRepositoryOptions { UseRollups = false }).ReadAsync(new Period(Day1, Day1.AddDays(1)), CancellationToken.None);

        Assert.Equal(4, analyses.Count);
        Assert.Equal(puts, store.Puts);
        Assert.Null(await store.GetAsync(DayRollup.Container, DayRollup.NameOf(Day1), CancellationToken.None));
    }

    [Fact]
    public void Rollup_RoundTrip_KeepsEveryField()
    {
        var figure = Figure.Create(FigureKind.DronesDowned, 48, Qualifier.AtLeast, FigureScope.Event, "At least 48 of 60 drones were shot down over Odesa on Tuesday.", 0, 9, combined: true) with
        {
            Place = "ua/odesa-oblast/odesa",
            PlaceBasis = "sentence",
            Side = "ru",
            EventDate = Day1.AddDays(-1),
            EventDateBasis = "weekday",
        };
        var cumulative = Figure.Create(FigureKind.Killed, 1200, Qualifier.MoreThan, FigureScope.Cumulative, "More than 1,200 civilians have been killed since March.", 0, 14);
        var analysis = new StoredAnalysis("abc", "wire/one.txt", "uk", "Заголовок", ["Перше речення.", "Друге."], [figure, cumulative, figure with { Kind = FigureKind.DronesLaunched, Value = 60 }, cumulative with { Kind = FigureKind.DronesDowned, Additional = true }, figure with { Kind = FigureKind.MissilesLaunched, Value = 12, Vague = true }], Day1, new DateTimeOffset(2025, 3, 27, 8, 30, 0, TimeSpan.FromHours(2)))
        {
            ContentHash = new string('a', 64),
            Analyzer = "reports-core/1.0",
            SummaryBy = "azure-language/abstractive",
        };
        var failed = new StoredAnalysis("def", "b.txt", "und", string.Empty, [], [], null, DateTimeOffset.UnixEpoch) { Error = "empty" };

        var decoded = DayRollup.TryDecode(DayRollup.Encode([("2025/03/27/abc.json", analysis), ("2025/03/27/def.json", failed)]))!;

        Assert.Equal(Json(analysis), Json(decoded["2025/03/27/abc.json"]));
        Assert.Equal(Json(failed), Json(decoded["2025/03/27/def.json"]));
        Assert.Equal(analysis.UploadedAt, decoded["2025/03/27/abc.json"].UploadedAt);
        Assert.Equal(analysis.UploadedAt.Offset, decoded["2025/03/27/abc.json"].UploadedAt.Offset);
    }

    [Fact]
    public void Rollup_DecodedAgainstAListingInAnotherOrder_PutsEachEntryAtItsName()
    {
        // The summary repeats a figure's sentence: the rollup stores it once, and both read back equal.
        const string Sentence = "Two people were killed in Sumy overnight.";
        StoredAnalysis Make(string id) => new(id, $"{id}.txt", "en", $"Title {id}", [Sentence], [Figure.Create(FigureKind.Killed, 2, Qualifier.Exact, FigureScope.Event, Sentence, 0, 3)], Day1, DateTimeOffset.UnixEpoch);
        var content = DayRollup.Encode([("2025/03/27/a.json", Make("a")), ("2025/03/27/b.json", Make("b")), ("2025/03/27/c.json", Make("c"))]);
        string[] listing = ["2025/03/27/c.json", "2025/03/27/a.json", "2025/03/27/x.json"];
        var found = new StoredAnalysis?[listing.Length];

        var entries = DayRollup.TryDecode(content, listing, found);

        Assert.Equal(3, entries);
        Assert.Equal(["c", "a", null], found.Select(f => f?.ArticleId));
        Assert.Equal(Sentence, Assert.Single(found[0]!.Summary));
        Assert.Equal(Sentence, Assert.Single(found[0]!.Figures).Evidence);
        Assert.Equal(-1, DayRollup.TryDecode("not a rollup"u8.ToArray(), listing, found));
        Assert.All(found, Assert.Null);
    }

    [Fact]
    public void Rollup_NotOne_IsNull()
    {
        Assert.Null(DayRollup.TryDecode("{\"articleId\":\"x\"}"u8.ToArray()));
        Assert.Null(DayRollup.TryDecode(Array.Empty<byte>()));
    }

    private static string Json(StoredAnalysis analysis) => System.Text.Encoding.UTF8.GetString(StoredAnalysisJson.Serialize(analysis));

    private async Task PutDaysAsync(int days, int perDay)
    {
        for (var d = 0; d < days; d++)
        {
            for (var i = 0; i < perDay; i++)
            {
                await PutAsync(Article($"d{d:D2}i{i}", Day1.AddDays(d), Killed(i + 1)));
            }
        }
    }

    [Fact]
    public async Task Read_BadBlob_FailsNamingIt()
    {
        await store.PutAsync(AnalysisRepository.Container, "2025/03/27/bad.json", "{\"articleId\":\"bad\"}"u8.ToArray(), BlobWriteOptions.Overwrite, CancellationToken.None);
        var sut = new AnalysisRepository(store);

        var e = await Assert.ThrowsAsync<InvalidDataException>(() => sut.ReadAsync(new Period(Day1, Day1), CancellationToken.None));

        Assert.StartsWith("analyses/2025/03/27/bad.json: required field 'uploadedAt'", e.Message);
    }

    [Fact]
    public async Task Read_Cancelled_Throws()
    {
        await PutAsync(Article("a", Day1, Killed(1)));
        var sut = new AnalysisRepository(store);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => sut.ReadAsync(new Period(Day1, Day1), new CancellationToken(canceled: true)));
    }

    [Fact]
    public void NameOf_Day_IsYearMonthDayFolders() =>
        Assert.Equal("2025/03/07/abc.json", AnalysisRepository.NameOf(new DateOnly(2025, 3, 7), "abc"));

    private Task PutAsync(StoredAnalysis analysis) =>
        store.PutAsync(AnalysisRepository.Container, AnalysisRepository.NameOf(analysis.Day, analysis.ArticleId), StoredAnalysisJson.Serialize(analysis), BlobWriteOptions.Overwrite, CancellationToken.None);
}
