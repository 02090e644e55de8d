using System.Collections.Concurrent;
using Reports.Cli.Batches;
using Reports.Core.Analysis;
using Reports.Core.Articles;
using Reports.Core.Ingestion;
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
    public async Task AnalyzeAsync_BatchingService_GetsGroupsOfItsSizeAndResultsStayInOrder()
    {
        var inputs = Enumerable.Range(0, 10)
            .Select(i => i switch
            {
                2 => new BatchInput("gone", "path does not exist."),
                5 => new BatchInput(folder.Write("5.txt", string.Empty)),
                _ => new BatchInput(folder.Write($"{i}.txt", $"Article {i}. At least {i + 1} people were killed.")),
            })
            .ToList();
        var service = new RecordingService(4);
        var sut = new ArticleBatchAnalyzer(new ArticleReaderOptions(), service, maxBatchesInFlight: 2);

        var results = await CollectAsync(sut, inputs);

        Assert.Equal(inputs.Select(i => i.Source), results.Select(r => r.Source));
        Assert.Equal([3, 3, 2], service.Calls.OrderBy(c => c[0], StringComparer.Ordinal).Select(c => c.Count));
        Assert.Equal(8, service.Calls.Sum(c => c.Count));
        Assert.Equal("path does not exist.", results[2].Error);
        Assert.Contains("file is empty", results[5].Error, StringComparison.Ordinal);
        Assert.All(results.Where((_, i) => i is not (2 or 5)), r => Assert.Equal(["seen by the recording service"], r.Analysis!.Summary));
        Assert.All(results.Where((_, i) => i is not (2 or 5)), r => Assert.Equal(64, r.TextHash!.Length));
    }

    [Fact]
    public async Task AnalyzeAsync_ServiceThrows_FailsThatGroupOnly()
    {
        var inputs = Enumerable.Range(0, 6).Select(i => new BatchInput(folder.Write($"{i}.txt", $"Article {i}."))).ToList();
        var service = new RecordingService(3) { FailCall = 1 };
        var sut = new ArticleBatchAnalyzer(new ArticleReaderOptions(), service, maxBatchesInFlight: 1);

        var results = await CollectAsync(sut, inputs);

        Assert.Equal(inputs.Select(i => i.Source), results.Select(r => r.Source));
        Assert.Equal(3, results.Count(r => r.Failed));
        Assert.All(results.Where(r => r.Failed), r => Assert.StartsWith("analysis failed (InvalidOperationException): boom", r.Error, StringComparison.Ordinal));
        Assert.True(results.Take(3).All(r => r.Failed) ^ results.Skip(3).All(r => r.Failed));
    }

    [Fact]
    public async Task AnalyzeAsync_BuiltInService_OneFilePerCall()
    {
        var inputs = Enumerable.Range(0, 5).Select(i => new BatchInput(folder.Write($"{i}.txt", $"Article {i}."))).ToList();
        var sut = new ArticleBatchAnalyzer(new ArticleReaderOptions(), new AnalyzerPool(), maxInFlight: 2);

        var results = await CollectAsync(sut, inputs);

        Assert.Equal(1, sut.BatchSize);
        Assert.Equal(inputs.Select(i => i.Source), results.Select(r => r.Source));
        Assert.All(results, r => Assert.True(r.Analysis!.Analyzers.IsBuiltInOnly));
    }

    [Fact]
    public void Ctor_ZeroWindow_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new ArticleBatchAnalyzer(new ArticleReaderOptions(), LanguageCatalog.Default, maxInFlight: 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => new ArticleBatchAnalyzer(new ArticleReaderOptions(), new AnalyzerPool(), maxBatchesInFlight: 0));
    }

    private static async Task<List<ArticleResult>> CollectAsync(ArticleBatchAnalyzer sut, IEnumerable<BatchInput> inputs)
    {
        var results = new List<ArticleResult>();
        await foreach (var result in sut.AnalyzeAsync(inputs, 1, CancellationToken.None))
        {
            results.Add(result);
        }

        return results;
    }

    /// <summary>A batching service that records the first line of each article per call, and can fail one call.</summary>
    private sealed class RecordingService(int batchSize) : IArticleAnalysisService
    {
        private readonly AnalyzerPool builtIn = new();
        private int calls;

        public ConcurrentBag<List<string>> Calls { get; } = [];

        public int FailCall { get; init; } = -1;

        public string Name => "recording";

        public int PreferredBatchSize => batchSize;

        public Task<IReadOnlyList<ArticleAnalysis>> AnalyzeAsync(IReadOnlyList<ArticleText> articles, int summarySentences, CancellationToken cancellationToken)
        {
            Calls.Add([.. articles.Select(a => a.Text.Split('.')[0])]);
            if (Interlocked.Increment(ref calls) - 1 == FailCall)
            {
                throw new InvalidOperationException("boom");
            }

            IReadOnlyList<ArticleAnalysis> analyses = [.. articles.Select(a => builtIn.Analyze(a, summarySentences) with { Summary = ["seen by the recording service"] })];
            return Task.FromResult(analyses);
        }
    }
}
