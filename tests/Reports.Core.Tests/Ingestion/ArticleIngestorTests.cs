using System.Text;
using System.Text.Json;
using Reports.Core.Ingestion;
using Reports.Core.Storage;
using Reports.Core.Storage.FileSystem;
using Reports.Testing;

namespace Reports.Core.Tests.Ingestion;

public sealed class ArticleIngestorTests : IDisposable
{
    private const string Function = "AnalyzeArticle";
    private static readonly DateTimeOffset Start = new(2026, 1, 5, 10, 0, 0, TimeSpan.Zero);
    private static readonly byte[] Article = Encoding.UTF8.GetBytes("Drones hit the port\n\nAt least 12 people were killed when drones hit the port, officials said.");

    private readonly TempFolder _folder = new("reports-ingest-tests");
    private readonly FileSystemBlobStore _store;
    private readonly ManualTimeProvider _time = new(Start);
    private readonly ArticleIngestor _sut;

    public ArticleIngestorTests()
    {
        _store = new FileSystemBlobStore(new FileSystemBlobStoreOptions { RootPath = _folder.Path, FlushToDisk = false });
        _sut = new ArticleIngestor(_store, new IngestOptions { MaxArticleBytes = 1024, ClaimLease = TimeSpan.FromMinutes(1) }, new AnalyzerPool(), _time);
        foreach (var container in IngestContainers.All)
        {
            _store.EnsureContainerAsync(container, CancellationToken.None).GetAwaiter().GetResult();
        }
    }

    [Fact]
    public async Task IngestAsync_NewArticle_StoresAnalysisIndexAndReceipt()
    {
        var outcome = await _sut.IngestAsync(Function, Blob("a.txt", "e1"), CancellationToken.None);

        Assert.Equal(IngestResult.Analyzed, outcome.Result);
        Assert.Equal($"2026/01/05/{outcome.ArticleId}.json", outcome.Path);
        Assert.NotNull(await _store.GetPropertiesAsync(IngestContainers.Analyses, outcome.Path!, CancellationToken.None));
        Assert.Equal(ArticleStatus.Analyzed, (await IndexAsync(outcome.ArticleId!)).GetProperty("status").GetString());
        Assert.Single(await ListAsync(IngestContainers.Receipts));
    }

    [Fact]
    public async Task IngestAsync_AnalysisPastItsBudget_StopsAndIsRejectedTooComplexWithItsUploadKept()
    {
        var time = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(Start);
        var stalling = new StallingAnalyzer();
        var sut = new ArticleIngestor(_store, new IngestOptions { MaxArticleBytes = 1024, AnalysisBudget = TimeSpan.FromSeconds(60) }, stalling, time);

        var ingest = sut.IngestAsync(Function, Blob("slow.txt", "e1"), CancellationToken.None);
        await stalling.Started.Task.WaitAsync(TimeSpan.FromSeconds(30));
        time.Advance(TimeSpan.FromSeconds(59));
        Assert.False(ingest.IsCompleted);
        time.Advance(TimeSpan.FromSeconds(2));
        var outcome = await ingest.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(IngestResult.Rejected, outcome.Result);
        Assert.Equal(ArticleIngestor.TooComplexReason, outcome.Reason);
        Assert.NotNull(await _store.GetPropertiesAsync(IngestContainers.Rejected, outcome.ArticleId + "/content.txt", CancellationToken.None));
        var reason = await _store.GetAsync(IngestContainers.Rejected, outcome.ArticleId + "/reason.json", CancellationToken.None);
        Assert.Contains("60 s budget", Encoding.UTF8.GetString(reason!.Content.Span), StringComparison.Ordinal);
        Assert.Equal(ArticleStatus.Rejected, (await IndexAsync(outcome.ArticleId!)).GetProperty("status").GetString());
    }

    [Fact]
    public void Analyze_Cancelled_StopsWithOperationCanceled()
    {
        var article = new Reports.Core.Articles.ArticleReader().Read(Article, "a.txt");

        Assert.ThrowsAny<OperationCanceledException>(() => new AnalyzerPool().Analyze(article, 3, null, new CancellationToken(canceled: true)));
    }

    /// <summary>An analysis service that never finishes on its own: it waits for its token.</summary>
    private sealed class StallingAnalyzer : Reports.Core.Analysis.IArticleAnalysisService
    {
        public TaskCompletionSource Started { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public string Name => "stalling";

        public int PreferredBatchSize => 1;

        public async Task<IReadOnlyList<Reports.Core.Analysis.ArticleAnalysis>> AnalyzeAsync(IReadOnlyList<Reports.Core.Articles.ArticleText> articles, int summarySentences, CancellationToken cancellationToken)
        {
            Started.TrySetResult();
            await Task.Delay(Timeout.Infinite, cancellationToken);
            throw new InvalidOperationException("unreachable");
        }
    }

    [Fact]
    public async Task IngestAsync_StoresEachFiguresEventDay()
    {
        // Published (uploaded) on Monday 5 January 2026; the sentence says the attack was on Saturday.
        var text = Encoding.UTF8.GetBytes("Port attack\n\nAt least 7 people were killed when drones hit the port on Saturday, officials said.");

        var outcome = await _sut.IngestAsync(Function, new ArticleBlob("sat.txt", "e9", text, Start), CancellationToken.None);

        var stored = await _store.GetAsync(IngestContainers.Analyses, outcome.Path!, CancellationToken.None);
        var figure = Reports.Core.Aggregation.StoredAnalysisJson.Deserialize(stored!.Content, outcome.Path!).Figures.Single();
        Assert.Equal(new DateOnly(2026, 1, 3), figure.EventDate);
        Assert.Equal("weekday", figure.EventDateBasis);
    }

    [Theory]
    [InlineData("a.txt", false, 0)]
    [InlineData("a.txt", null, 1)]
    [InlineData("a.txt", true, 1)]
    [InlineData("uploads/0b1a3c2d9e8f7a6b5c4d3e2f1a0b9c8d", true, 0)] // an upload stored by id: no entry before its delivery
    [InlineData("uploads/0b1a3c2d9e8f7a6b5c4d3e2f1a0b9c8d", null, 0)]
    [InlineData("uploads/not-an-id.txt", true, 1)]
    public async Task IngestAsync_NewArticle_ReadsTheIndexFirstUnlessWrittenStraightInOrUploadedById(string name, bool? throughUpload, int indexReads)
    {
        var store = new Reports.Core.Tests.Aggregation.MemoryBlobStore();
        var sut = new ArticleIngestor(store, new IngestOptions { MaxArticleBytes = 1024 }, new AnalyzerPool(), _time);

        var outcome = await sut.IngestAsync(Function, new ArticleBlob(name, "e1", Article, Start, throughUpload, Source: "a.txt"), CancellationToken.None);

        Assert.Equal(IngestResult.Analyzed, outcome.Result);
        Assert.Equal(indexReads, store.Gets);
    }

    [Fact]
    public async Task IngestAsync_WrittenStraightInWithKnownContent_IsADuplicate()
    {
        var first = await _sut.IngestAsync(Function, Blob("a.txt", "e1"), CancellationToken.None);

        var second = await _sut.IngestAsync(Function, new ArticleBlob("b.txt", "e2", Article, Start, ThroughUpload: false), CancellationToken.None);

        Assert.Equal(IngestResult.Duplicate, second.Result);
        Assert.Equal(first.ArticleId, second.ArticleId);
        Assert.Single(await ListAsync(IngestContainers.Analyses));
        Assert.Equal("a.txt", (await IndexAsync(first.ArticleId!)).GetProperty("source").GetString());
    }

    [Fact]
    public async Task IngestAsync_WrittenStraightInWhileItsUploadIsPending_TakesThePendingEntryOver()
    {
        // An earlier version's upload wrote a pending entry before its blob.
        var id = ArticleIds.FromHash(ArticleIds.ContentHash(Article));
        Assert.NotNull(await new ArticleIndex(_store).TryCreateAsync(new ArticleIndexEntry(id, ArticleStatus.Pending, "up.txt", Start), CancellationToken.None));
        var upload = new UploadResult(id, "up.txt", ArticleStatus.Pending);

        var outcome = await _sut.IngestAsync(Function, new ArticleBlob("copy.txt", "e3", Article, Start, ThroughUpload: false), CancellationToken.None);

        Assert.Equal(IngestResult.Analyzed, outcome.Result);
        Assert.Equal(upload.ArticleId, outcome.ArticleId);
        Assert.Equal(ArticleStatus.Analyzed, (await IndexAsync(outcome.ArticleId!)).GetProperty("status").GetString());
    }

    [Fact]
    public async Task IngestAsync_SameBlobAndETagAgain_IsAlreadyDone()
    {
        await _sut.IngestAsync(Function, Blob("a.txt", "e1"), CancellationToken.None);

        var again = await _sut.IngestAsync(Function, Blob("a.txt", "e1"), CancellationToken.None);

        Assert.Equal(IngestResult.AlreadyDone, again.Result);
        Assert.Single(await ListAsync(IngestContainers.Analyses));
    }

    [Fact]
    public async Task IngestAsync_SameContentOtherName_IsADuplicateOfOneArticle()
    {
        var first = await _sut.IngestAsync(Function, Blob("a.txt", "e1"), CancellationToken.None);
        _time.Advance(TimeSpan.FromDays(2));

        var second = await _sut.IngestAsync(Function, Blob("b.txt", "e2"), CancellationToken.None);

        Assert.Equal(IngestResult.Duplicate, second.Result);
        Assert.Equal(first.ArticleId, second.ArticleId);
        Assert.Single(await ListAsync(IngestContainers.Analyses));
        Assert.Equal(2, (await ListAsync(IngestContainers.Receipts)).Count);
    }

    [Fact]
    public async Task IngestAsync_FreshClaimByAnother_IsBusyWithoutReceipt()
    {
        var id = ArticleIds.FromHash(ArticleIds.ContentHash(Article));
        var index = new ArticleIndex(_store);
        await index.TryCreateAsync(new ArticleIndexEntry(id, ArticleStatus.Processing, "a.txt", Start, Owner: "other"), CancellationToken.None);

        var outcome = await _sut.IngestAsync(Function, Blob("a.txt", "e1"), CancellationToken.None);

        Assert.Equal(IngestResult.Busy, outcome.Result);
        Assert.Empty(await ListAsync(IngestContainers.Receipts));
        Assert.Empty(await ListAsync(IngestContainers.Analyses));
    }

    [Fact]
    public async Task IngestAsync_StaleClaim_IsTakenOver()
    {
        var id = ArticleIds.FromHash(ArticleIds.ContentHash(Article));
        await new ArticleIndex(_store).TryCreateAsync(new ArticleIndexEntry(id, ArticleStatus.Processing, "a.txt", Start, Owner: "crashed"), CancellationToken.None);
        _time.Advance(TimeSpan.FromMinutes(2));

        var outcome = await _sut.IngestAsync(Function, Blob("a.txt", "e1"), CancellationToken.None);

        Assert.Equal(IngestResult.Analyzed, outcome.Result);
    }

    [Fact]
    public async Task IngestAsync_ArticleThatKillsEveryAttempt_IsRejectedAfterMaxAttemptsWithWhyAndKept()
    {
        // Each attempt's process "dies" during the analysis: the analysis never returns and nothing releases the claim.
        var dying = new NeverFinishingAnalyzer();
        var options = new IngestOptions { ClaimLease = TimeSpan.FromMinutes(1), MaxAttempts = 3 };
        for (var restart = 1; restart <= options.MaxAttempts; restart++)
        {
            _ = new ArticleIngestor(_store, options, dying, _time).IngestAsync(Function, Blob("a.txt", "e1"), CancellationToken.None);
            await dying.WaitForCallsAsync(restart);
            _time.Advance(TimeSpan.FromMinutes(2)); // the dead attempt's lease runs out
        }

        var outcome = await new ArticleIngestor(_store, options, dying, _time).IngestAsync(Function, Blob("a.txt", "e1"), CancellationToken.None);

        Assert.Equal((IngestResult.Rejected, ArticleIngestor.AnalysisFailedReason), (outcome.Result, outcome.Reason));
        Assert.Equal(3, dying.Calls);
        var entry = await IndexAsync(outcome.ArticleId!);
        Assert.Contains("after 3 attempts", entry.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Contains("stopped without finishing", entry.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(3, entry.GetProperty("attempts").GetInt32());
        Assert.Contains("stopped without finishing", entry.GetProperty("lastError").GetString(), StringComparison.Ordinal);
        Assert.Contains($"{outcome.ArticleId}/content.txt", await ListAsync(IngestContainers.Rejected));

        // The others are not blocked: another article is analysed at once.
        var other = await _sut.IngestAsync(Function, new ArticleBlob("b.txt", "e2", Encoding.UTF8.GetBytes("Strike on the city\n\nFive people were killed in the strike."), Start), CancellationToken.None);
        Assert.Equal(IngestResult.Analyzed, other.Result);
    }

    [Fact]
    public async Task IngestAsync_InnocentArticleBesideOneThatKillsTheProcess_DiesOnceThenWaitsAndIsAnalysed()
    {
        // A process runs two articles at once and dies during them. Afterwards both are suspects: each later process
        // analyses suspects one at a time, and one waiting for its turn has claimed nothing, so the article that
        // really kills the process uses up its attempts while the innocent one does not.
        var dying = new NeverFinishingAnalyzer();
        var options = new IngestOptions { ClaimLease = TimeSpan.FromMinutes(1), MaxAttempts = 3 };
        var poison = Blob("poison.txt", "p1");
        var innocent = new ArticleBlob("innocent.txt", "i1", Encoding.UTF8.GetBytes("Strike on the city\n\nFive people were killed in the strike."), Start);

        var first = new ArticleIngestor(_store, options, dying, _time);
        _ = first.IngestAsync(Function, poison, CancellationToken.None);
        _ = first.IngestAsync(Function, innocent, CancellationToken.None);
        await dying.WaitForCallsAsync(2);
        _time.Advance(TimeSpan.FromMinutes(2)); // the process died: both leases run out

        for (var life = 2; life <= options.MaxAttempts; life++)
        {
            var process = new ArticleIngestor(_store, options, dying, _time);
            _ = process.IngestAsync(Function, poison, CancellationToken.None);
            await dying.WaitForCallsAsync(life + 1); // the poison article is being analysed (and will kill the process)
            _ = process.IngestAsync(Function, innocent, CancellationToken.None); // waits for its turn, claiming nothing
            _time.Advance(TimeSpan.FromMinutes(2));
        }

        Assert.Equal(options.MaxAttempts + 1, dying.Calls); // the innocent article was analysed (and died) only in the first life
        var last = new ArticleIngestor(_store, options, new AnalyzerPool(), _time);
        var poisonOutcome = await last.IngestAsync(Function, poison, CancellationToken.None);
        var innocentOutcome = await last.IngestAsync(Function, innocent, CancellationToken.None);

        Assert.Equal((IngestResult.Rejected, ArticleIngestor.AnalysisFailedReason), (poisonOutcome.Result, poisonOutcome.Reason));
        Assert.Equal(IngestResult.Analyzed, innocentOutcome.Result);
    }

    [Fact]
    public async Task IngestAsync_FailuresReleasedGracefully_CountTowardsTheAttemptsWithTheLastError()
    {
        var options = new IngestOptions { MaxAttempts = 2 };
        var failing = new ArticleIngestor(new FailingAnalysesStore(_store), options, new AnalyzerPool(), _time);
        await Assert.ThrowsAsync<IOException>(() => failing.IngestAsync(Function, Blob("a.txt", "e1"), CancellationToken.None));
        await Assert.ThrowsAsync<IOException>(() => failing.IngestAsync(Function, Blob("a.txt", "e1"), CancellationToken.None));

        var outcome = await new ArticleIngestor(_store, options, new AnalyzerPool(), _time).IngestAsync(Function, Blob("a.txt", "e1"), CancellationToken.None);

        Assert.Equal(ArticleIngestor.AnalysisFailedReason, outcome.Reason);
        Assert.Contains("IOException", (await IndexAsync(outcome.ArticleId!)).GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task IngestAsync_StoreFailsMidway_ReleasesTheClaimSoARetrySucceeds()
    {
        var failing = new ArticleIngestor(new FailingAnalysesStore(_store), new IngestOptions(), new AnalyzerPool(), _time);

        await Assert.ThrowsAsync<IOException>(() => failing.IngestAsync(Function, Blob("a.txt", "e1"), CancellationToken.None));
        var id = ArticleIds.FromHash(ArticleIds.ContentHash(Article));
        Assert.Equal(ArticleStatus.Pending, (await IndexAsync(id)).GetProperty("status").GetString());
        Assert.Empty(await ListAsync(IngestContainers.Receipts));

        var retried = await _sut.IngestAsync(Function, Blob("a.txt", "e1"), CancellationToken.None);

        Assert.Equal(IngestResult.Analyzed, retried.Result);
    }

    [Theory]
    [InlineData("a.pdf", "unsupported_format")]
    [InlineData("a.exe", "unsupported_format")]
    public async Task IngestAsync_UnreadableArticle_IsRejectedWithBytesAndReason(string name, string reason)
    {
        var outcome = await _sut.IngestAsync(Function, Blob(name, "e1"), CancellationToken.None);

        Assert.Equal(IngestResult.Rejected, outcome.Result);
        Assert.Equal(reason, outcome.Reason);
        var rejected = await ListAsync(IngestContainers.Rejected);
        Assert.Equal([$"{outcome.ArticleId}/content{Path.GetExtension(name)}", $"{outcome.ArticleId}/reason.json"], rejected.Order(StringComparer.Ordinal));
        Assert.Equal(ArticleStatus.Rejected, (await IndexAsync(outcome.ArticleId!)).GetProperty("status").GetString());
    }

    [Fact]
    public async Task IngestAsync_TooLarge_IsRejected()
    {
        var big = new ArticleBlob("big.txt", "e1", Encoding.UTF8.GetBytes(new string('a', 2000)), Start);

        var outcome = await _sut.IngestAsync(Function, big, CancellationToken.None);

        Assert.Equal("too_large", outcome.Reason);
    }

    [Fact]
    public async Task IngestAsync_PublicationDateInText_FilesUnderThatDate()
    {
        var dated = new ArticleBlob("d.txt", "e1", Encoding.UTF8.GetBytes("Strike\n\nKYIV, 2025-12-30 – At least 3 people were killed."), Start);

        var outcome = await _sut.IngestAsync(Function, dated, CancellationToken.None);

        Assert.StartsWith("2025/12/30/", outcome.Path, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GiveUpAsync_FailedBlob_IsRecordedRejectedAndReceipted()
    {
        var outcome = await _sut.GiveUpAsync(Function, Blob("a.txt", "e1"), "gave up after 5 failed deliveries", CancellationToken.None);

        Assert.Equal(ArticleIngestor.FailedReason, outcome.Reason);
        Assert.Single(await ListAsync(IngestContainers.Receipts));
        Assert.Equal(ArticleStatus.Rejected, (await IndexAsync(outcome.ArticleId!)).GetProperty("status").GetString());
    }

    [Fact]
    public async Task IngestAsync_AfterGiveUp_ANewDeliveryTriesAgain()
    {
        await _sut.GiveUpAsync(Function, Blob("a.txt", "e1"), "gave up", CancellationToken.None);

        var again = await _sut.IngestAsync(Function, Blob("a-again.txt", "e2"), CancellationToken.None);

        Assert.Equal(IngestResult.Analyzed, again.Result);
    }

    private static ArticleBlob Blob(string name, string etag) => new(name, etag, Article, Start);

    private async Task<List<string>> ListAsync(string container)
    {
        var names = new List<string>();
        await foreach (var item in _store.ListAsync(container, null, CancellationToken.None))
        {
            names.Add(item.Name);
        }

        return names;
    }

    private async Task<JsonElement> IndexAsync(string id)
    {
        var blob = await _store.GetAsync(IngestContainers.Index, ArticleIndex.NameOf(id), CancellationToken.None);
        using var document = JsonDocument.Parse(blob!.Content);
        return document.RootElement.Clone();
    }

    public void Dispose() => _folder.Dispose();

    /// <summary>Fails every write of an analysis, as a storage outage would.</summary>
    private sealed class FailingAnalysesStore(IBlobStore inner) : IBlobStore
    {
        public Task EnsureContainerAsync(string container, CancellationToken cancellationToken) => inner.EnsureContainerAsync(container, cancellationToken);

        public Task<BlobItem?> GetPropertiesAsync(string container, string name, CancellationToken cancellationToken) => inner.GetPropertiesAsync(container, name, cancellationToken);

        public Task<BlobContent?> GetAsync(string container, string name, CancellationToken cancellationToken) => inner.GetAsync(container, name, cancellationToken);

        public Task<BlobItem> PutAsync(string container, string name, ReadOnlyMemory<byte> content, BlobWriteOptions options, CancellationToken cancellationToken) =>
            container == IngestContainers.Analyses ? throw new IOException("Injected outage.") : inner.PutAsync(container, name, content, options, cancellationToken);

        public Task<bool> DeleteAsync(string container, string name, CancellationToken cancellationToken) => inner.DeleteAsync(container, name, cancellationToken);

        public IAsyncEnumerable<BlobItem> ListAsync(string container, string? prefix, CancellationToken cancellationToken) => inner.ListAsync(container, prefix, cancellationToken);
    }

    /// <summary>An analysis that never returns: what a process killed during the article looks like to the store.</summary>
    private sealed class NeverFinishingAnalyzer : Reports.Core.Analysis.IArticleAnalysisService
    {
        private int _calls;

        public string Name => "never-finishing";

        public int PreferredBatchSize => 1;

        public int Calls => Volatile.Read(ref _calls);

        public Task<IReadOnlyList<Reports.Core.Analysis.ArticleAnalysis>> AnalyzeAsync(IReadOnlyList<Reports.Core.Articles.ArticleText> articles, int summarySentences, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref _calls);
            return new TaskCompletionSource<IReadOnlyList<Reports.Core.Analysis.ArticleAnalysis>>().Task;
        }

        public async Task WaitForCallsAsync(int count)
        {
            for (var i = 0; i < 500 && Calls < count; i++)
            {
                await Task.Yield();
                await Task.Delay(1);
            }

            Assert.Equal(count, Calls);
        }
    }
}
