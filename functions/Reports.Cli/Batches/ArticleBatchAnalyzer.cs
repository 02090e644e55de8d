using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text;
using System.Threading.Channels;
using Reports.Cli.Briefs;
using Reports.Core.Analysis;
using Reports.Core.Articles;
using Reports.Core.Languages;

namespace Reports.Cli.Batches;

/// <summary>
/// Reads and analyses many files in parallel and yields the results in input order. At most
/// <see cref="MaxInFlight"/> files are read or held at once, so memory stays bounded however big the folder.
/// A file that fails yields a result with its error; the batch goes on.
/// </summary>
internal sealed class ArticleBatchAnalyzer
{
    private readonly ArticleReader _reader;
    private readonly LanguageCatalog _catalog;
    private readonly ConcurrentBag<ArticleAnalyzer> _analyzers = [];

    public ArticleBatchAnalyzer(ArticleReaderOptions readerOptions, LanguageCatalog catalog, int? maxInFlight = null)
    {
        ArgumentNullException.ThrowIfNull(readerOptions);
        ArgumentNullException.ThrowIfNull(catalog);
        _reader = new ArticleReader(readerOptions);
        _catalog = catalog;
        MaxInFlight = maxInFlight ?? Math.Max(2, Environment.ProcessorCount * 2);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(MaxInFlight);
    }

    public int MaxInFlight { get; }

    public async IAsyncEnumerable<ArticleResult> AnalyzeAsync(
        IEnumerable<BatchInput> inputs,
        int summarySentences,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentOutOfRangeException.ThrowIfNegative(summarySentences);

        // The channel holds started tasks in input order; its bound caps the work in flight.
        var pending = Channel.CreateBounded<Task<ArticleResult>>(new BoundedChannelOptions(MaxInFlight) { SingleReader = true, SingleWriter = true });
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var producer = Task.Run(() => ProduceAsync(inputs, summarySentences, pending.Writer, stop.Token), stop.Token);
        try
        {
            await foreach (var task in pending.Reader.ReadAllAsync(cancellationToken).ConfigureAwait(false))
            {
                yield return await task.ConfigureAwait(false);
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

    private async Task ProduceAsync(IEnumerable<BatchInput> inputs, int summarySentences, ChannelWriter<Task<ArticleResult>> writer, CancellationToken cancellationToken)
    {
        Exception? failure = null;
        try
        {
            foreach (var input in inputs)
            {
                var task = input.Error is not null
                    ? Task.FromResult(new ArticleResult(input.Source, null, input.Error))
                    : Task.Run(() => AnalyzeOneAsync(input.Source, summarySentences, cancellationToken), cancellationToken);
                await writer.WriteAsync(task, cancellationToken).ConfigureAwait(false);
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

    private async Task<ArticleResult> AnalyzeOneAsync(string path, int summarySentences, CancellationToken cancellationToken)
    {
        ArticleText article;
        try
        {
            article = await _reader.ReadAsync(path, cancellationToken).ConfigureAwait(false);
        }
        catch (ArticleRejectedException e)
        {
            return new ArticleResult(path, null, e.Message);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A reader bug must cost one line, not the batch.
            return new ArticleResult(path, null, $"reading failed ({e.GetType().Name}): {e.Message}");
        }

        var analyzer = RentAnalyzer();
        try
        {
            var analysis = analyzer.Analyze(article, summarySentences);
            var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(article.Text)));
            var written = DateOnly.FromDateTime(File.GetLastWriteTimeUtc(path));
            return new ArticleResult(path, analysis, null, DatelineDetector.Default.Detect(article.Text, written), hash);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return new ArticleResult(path, null, $"analysis failed ({e.GetType().Name}): {e.Message}");
        }
        finally
        {
            _analyzers.Add(analyzer);
        }
    }

    /// <summary>Each worker uses an analyzer of its own, so analyzers need not be thread-safe.</summary>
    private ArticleAnalyzer RentAnalyzer() => _analyzers.TryTake(out var analyzer) ? analyzer : new ArticleAnalyzer(_catalog);
}
