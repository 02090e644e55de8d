using Reports.Core.Aggregation;
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
        Assert.Equal(10, store.Gets);
        Assert.Equal(analyses.Select(a => a.ArticleId).Order(StringComparer.Ordinal), analyses.Select(a => a.ArticleId));
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
