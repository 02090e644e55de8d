using Reports.Cli.Batches;
using Reports.Core.Articles;
using Reports.Core.Languages;

namespace Reports.Cli.Tests.Batches;

public sealed class ArticleBatchAnalyzerTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task AnalyzeAsync_SmallWindow_YieldsEveryInputInOrder()
    {
        var inputs = Enumerable.Range(0, 25)
            .Select(i => i % 5 == 0
                ? new BatchInput($"failed-{i}", "nope")
                : new BatchInput(folder.Write($"{i}.txt", $"Text {i}. " + new string('a', (25 - i) * 200))))
            .ToList();
        var sut = new ArticleBatchAnalyzer(new ArticleReaderOptions(), LanguageCatalog.Default, maxInFlight: 3);

        var results = new List<ArticleResult>();
        await foreach (var result in sut.AnalyzeAsync(inputs, 1, CancellationToken.None))
        {
            results.Add(result);
        }

        Assert.Equal(inputs.Select(i => i.Source), results.Select(r => r.Source));
        Assert.Equal(5, results.Count(r => r.Failed));
        Assert.All(results.Where(r => !r.Failed), r => Assert.NotNull(r.Analysis));
    }

    [Fact]
    public async Task AnalyzeAsync_Cancelled_Stops()
    {
        var inputs = Enumerable.Range(0, 1000).Select(i => new BatchInput($"missing-{i}.txt"));
        var sut = new ArticleBatchAnalyzer(new ArticleReaderOptions(), LanguageCatalog.Default, maxInFlight: 2);
        using var cts = new CancellationTokenSource();
        var seen = 0;

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var result in sut.AnalyzeAsync(inputs, 1, cts.Token))
            {
                if (++seen == 3)
                {
                    await cts.CancelAsync();
                }
            }
        });

        Assert.InRange(seen, 3, 10);
    }

    [Fact]
    public void Ctor_ZeroWindow_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new ArticleBatchAnalyzer(new ArticleReaderOptions(), LanguageCatalog.Default, maxInFlight: 0));
    }
}
