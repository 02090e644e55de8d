using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text;
using System.Threading.Channels;
using Reports.Cli.Briefs;
using Reports.Core.Analysis;
using Reports.Core.Articles;
using Reports.Core.Ingestion;
using Reports.Core.Languages;

namespace Reports.Cli.Batches;

/// <summary>
/// Reads and analyses many files in parallel and yields the results in input order. Inputs are grouped by the
/// service's <see cref="IArticleAnalysisService.PreferredBatchSize"/>: the built-in analyzer (1) gets a task per file,
/// at most <see cref="MaxInFlight"/> at once; a batching service (Azure AI Language, 25) gets groups of that many files,
/// each read and then analysed in one call, at most <see cref="MaxBatchesInFlight"/> groups at once. Either way memory
/// stays bounded however big the folder. A file that fails yields a result with its error; the batch goes on.
/// </summary>
internal sealed class ArticleBatchAnalyzer
{
    /// <summary>Groups in flight for a batching service: one being printed, others waiting on the service.</summary>
    public const int DefaultMaxBatchesInFlight = 3;

    private readonly ArticleReader _reader;
    private readonly IArticleAnalysisService _service;

    public ArticleBatchAnalyzer(ArticleReaderOptions readerOptions, LanguageCatalog catalog, int? maxInFlight = null)
        : this(readerOptions, new AnalyzerPool(catalog ?? throw new ArgumentNullException(nameof(catalog))), maxInFlight)
    {
    }

    public ArticleBatchAnalyzer(ArticleReaderOptions readerOptions, IArticleAnalysisService service, int? maxInFlight = null, int? maxBatchesInFlight = null)
    {
        ArgumentNullException.ThrowIfNull(readerOptions);
        ArgumentNullException.ThrowIfNull(service);
        _reader = new ArticleReader(readerOptions);
        _service = service;
        MaxInFlight = maxInFlight ?? Math.Max(2, Environment.ProcessorCount * 2);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(MaxInFlight);
        MaxBatchesInFlight = maxBatchesInFlight ?? DefaultMaxBatchesInFlight;
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(MaxBatchesInFlight);
    }

    /// <summary>Files in flight when the service takes one at a time.</summary>
    public int MaxInFlight { get; }

    /// <summary>Groups in flight when the service takes several at a time.</summary>
    public int MaxBatchesInFlight { get; }

    /// <summary>Files per service call.</summary>
    public int BatchSize => Math.Max(1, _service.PreferredBatchSize);

    public async IAsyncEnumerable<ArticleResult> AnalyzeAsync(
        IEnumerable<BatchInput> inputs,
        int summarySentences,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentOutOfRangeException.ThrowIfNegative(summarySentences);

        // The channel holds started tasks in input order; its bound caps the work in flight.
        var capacity = BatchSize == 1 ? MaxInFlight : MaxBatchesInFlight;
        var pending = Channel.CreateBounded<Task<ArticleResult[]>>(new BoundedChannelOptions(capacity) { SingleReader = true, SingleWriter = true });
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var producer = Task.Run(() => ProduceAsync(inputs, summarySentences, pending.Writer, stop.Token), stop.Token);
        try
        {
            await foreach (var task in pending.Reader.ReadAllAsync(cancellationToken).ConfigureAwait(false))
            {
                foreach (var result in await task.ConfigureAwait(false))
                {
                    yield return result;
                }
            }
        }
        finally
        {
            await stop.CancelAsync().ConfigureAwait(false);
            try
            {
                await producer.ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                // Stopped early: by the caller, or because the consumer left.
            }
        }
    }

    private async Task ProduceAsync(IEnumerable<BatchInput> inputs, int summarySentences, ChannelWriter<Task<ArticleResult[]>> writer, CancellationToken cancellationToken)
    {
        Exception? failure = null;
        try
        {
            var size = BatchSize;
            var group = new List<BatchInput>(size);
            foreach (var input in inputs)
            {
                group.Add(input);
                if (group.Count == size)
                {
                    await writer.WriteAsync(Start(group, summarySentences, cancellationToken), cancellationToken).ConfigureAwait(false);
                    group = new List<BatchInput>(size);
                }
            }

            if (group.Count > 0)
            {
                await writer.WriteAsync(Start(group, summarySentences, cancellationToken), cancellationToken).ConfigureAwait(false);
            }
        }
        catch (Exception e)
        {
            failure = e;
            throw;
        }
        finally
        {
            writer.TryComplete(failure);
        }
    }

    /// <summary>A group whose inputs all failed already is done; any other is read and analysed on the pool.</summary>
    private Task<ArticleResult[]> Start(List<BatchInput> group, int summarySentences, CancellationToken cancellationToken) =>
        group.TrueForAll(i => i.Error is not null)
            ? Task.FromResult(group.ConvertAll(i => new ArticleResult(i.Source, null, i.Error)).ToArray())
            : Task.Run(() => AnalyzeGroupAsync(group, summarySentences, cancellationToken), cancellationToken);

    private async Task<ArticleResult[]> AnalyzeGroupAsync(List<BatchInput> group, int summarySentences, CancellationToken cancellationToken)
    {
        var results = new ArticleResult?[group.Count];
        var read = new List<(int Index, ArticleText Article)>(group.Count);
        for (var i = 0; i < group.Count; i++)
        {
            var source = group[i].Source;
            if (group[i].Error is { } error)
            {
                results[i] = new ArticleResult(source, null, error);
                continue;
            }

            try
            {
                read.Add((i, await _reader.ReadAsync(source, cancellationToken).ConfigureAwait(false)));
            }
            catch (ArticleRejectedException e)
            {
                results[i] = new ArticleResult(source, null, e.Message);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // A reader bug must cost one line, not the batch.
                results[i] = new ArticleResult(source, null, $"reading failed ({e.GetType().Name}): {e.Message}");
            }
        }

        if (read.Count > 0)
        {
            await AnalyzeReadAsync(group, read, results, summarySentences, cancellationToken).ConfigureAwait(false);
        }

        return [.. results.Select(r => r!)];
    }

    private async Task AnalyzeReadAsync(List<BatchInput> group, List<(int Index, ArticleText Article)> read, ArticleResult?[] results, int summarySentences, CancellationToken cancellationToken)
    {
        IReadOnlyList<ArticleAnalysis> analyses;
        try
        {
            analyses = await _service.AnalyzeAsync([.. read.Select(r => r.Article)], summarySentences, cancellationToken).ConfigureAwait(false);
            if (analyses.Count != read.Count)
            {
                throw new InvalidOperationException($"the {_service.Name} analyzer returned {analyses.Count} analyses for {read.Count} articles");
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            foreach (var (index, _) in read)
            {
                results[index] = new ArticleResult(group[index].Source, null, $"analysis failed ({e.GetType().Name}): {e.Message}");
            }

            return;
        }

        for (var j = 0; j < read.Count; j++)
        {
            var (index, article) = read[j];
            var path = group[index].Source;
            try
            {
                var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(article.Text)));
                var written = DateOnly.FromDateTime(File.GetLastWriteTimeUtc(path));
                results[index] = new ArticleResult(path, analyses[j], null, PublicationDateDetector.Detect(MarkupHead(path), article.Text, written), hash);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                results[index] = new ArticleResult(path, null, $"analysis failed ({e.GetType().Name}): {e.Message}");
            }
        }
    }

    /// <summary>The first bytes of the file, where HTML metadata states a publication date (empty when unreadable).</summary>
    private static byte[] MarkupHead(string path)
    {
        try
        {
            using var stream = File.OpenRead(path);
            var buffer = new byte[Math.Min(stream.Length, PublicationDateDetector.MarkupWindow)];
            stream.ReadExactly(buffer);
            return buffer;
        }
        catch (IOException)
        {
            return [];
        }
    }
}
