using Reports.Core.Analysis;
using Reports.Core.Articles;
using Reports.Core.Storage;

namespace Reports.Core.Ingestion;

/// <summary>
/// Handles one delivery of an article blob with an exactly-once effect on at-least-once delivery:
/// <list type="number">
/// <item>the article id is the content hash; its index entry says whether the content was already handled (under
/// this name: already done; under another: a duplicate): then only the receipt is written;</item>
/// <item>otherwise the entry is claimed (created, or replaced by ETag when pending or its claim went stale), the article
/// read and analysed, the analysis (or the rejection) written, the entry finalised, and a receipt per (function,
/// blob name, ETag) written, which the local watcher lists to skip handled versions (the host keeps its own).</item>
/// </list>
/// Every write is idempotent, so a crash at any point is repaired by the next delivery. Store failures propagate
/// (the caller answers non-2xx so the host retries); an article that cannot be analysed is rejected, never retried.
/// </summary>
public sealed class ArticleIngestor(IBlobStore store, IngestOptions options, IArticleAnalysisService analyzer, TimeProvider time)
{
    /// <summary>The rejection code of a blob whose deliveries kept failing.</summary>
    public const string FailedReason = "processing_failed";

    /// <summary>The rejection code of an article whose analysis failed or never finished.</summary>
    public const string AnalysisFailedReason = "analysis_failed";

    /// <summary>The rejection reason of an article whose analysis ran past <see cref="IngestOptions.AnalysisBudget"/>.</summary>
    public const string TooComplexReason = "too_complex";

    private const int MaxClaimAttempts = 5;

    private readonly ArticleIndex _index = new(store);

    /// <summary>
    /// Held while this process analyses an article whose previous attempt stopped without finishing (its process
    /// died): what killed that process may kill this one, so such articles run one at a time here. An article waiting
    /// for it has claimed nothing, so a crash during another suspect's analysis does not count against it: only the
    /// article that really kills the process uses up its attempts (an innocent article running beside it dies with it
    /// at most once, while it is not yet a suspect).
    /// </summary>
    private readonly SemaphoreSlim _suspects = new(1, 1);

    public async Task<IngestOutcome> IngestAsync(string function, ArticleBlob blob, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(blob);
        var contentHash = ArticleIds.ContentHash(blob.Content.Span);
        var articleId = ArticleIds.FromHash(contentHash);
        var receipt = Receipts.NameOf(function, blob.Name, Receipts.VersionOf(blob.ETag, contentHash));

        // No separate receipt check: a version with a receipt has a final index entry, which says the same in one call.
        if (blob.Source is null && ArticleUploads.IdOf(blob.Name) is not null)
        {
            // An upload stored by id whose trigger did not pass its metadata: its name is there.
            var properties = await store.GetPropertiesAsync(IngestContainers.Articles, blob.Name, cancellationToken).ConfigureAwait(false);
            blob = blob with { Source = ArticleUploads.SourceOf(blob.Name, properties?.Metadata) };
        }

        // Written straight in, or an upload stored by id: usually no entry yet, so the claim tries a create first.
        var createFirst = blob.ThroughUpload == false || ArticleUploads.IdOf(blob.Name) is not null;
        var claim = await ClaimAsync(articleId, blob.SourceName, createFirst, cancellationToken).ConfigureAwait(false);
        try
        {
            return await HandleAsync(claim, receipt, blob, contentHash, articleId, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            if (claim.Suspect)
            {
                _suspects.Release();
            }
        }
    }

    private async Task<IngestOutcome> HandleAsync(Claim claim, string receipt, ArticleBlob blob, string contentHash, string articleId, CancellationToken cancellationToken)
    {
        if (claim.Outcome is { } done)
        {
            if (done.Result != IngestResult.Busy)
            {
                await WriteReceiptAsync(receipt, blob, done, cancellationToken).ConfigureAwait(false);
            }

            return done;
        }

        IngestOutcome outcome;
        if (claim.Entry!.Attempts > options.MaxAttempts)
        {
            // A poison article: every earlier attempt died or failed; keep it, with why, and stop.
            var tried = claim.Entry.Attempts - 1;
            var error = $"analysis did not finish after {tried} attempt{(tried == 1 ? "" : "s")}; the last one: {claim.Entry.LastError ?? "unknown"}";
            outcome = await RejectAsync(blob, contentHash, articleId, AnalysisFailedReason, error, cancellationToken, tried, claim.Entry.LastError).ConfigureAwait(false);
            await WriteReceiptAsync(receipt, blob, outcome, cancellationToken).ConfigureAwait(false);
            return outcome;
        }

        try
        {
            outcome = await ProcessAsync(blob, contentHash, articleId, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e)
        {
            await ReleaseAsync(claim.Entry!, claim.ETag!, $"{e.GetType().Name}: {e.Message}").ConfigureAwait(false);
            throw;
        }

        await WriteReceiptAsync(receipt, blob, outcome, cancellationToken).ConfigureAwait(false);
        return outcome;
    }

    /// <summary>
    /// Records a blob whose deliveries kept failing (the host's poison queue): its bytes and the error go to the
    /// rejected container, the article is marked rejected unless it was handled meanwhile, and a receipt stops retries.
    /// </summary>
    public async Task<IngestOutcome> GiveUpAsync(string function, ArticleBlob blob, string error, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(blob);
        var contentHash = ArticleIds.ContentHash(blob.Content.Span);
        var articleId = ArticleIds.FromHash(contentHash);
        var receipt = Receipts.NameOf(function, blob.Name, Receipts.VersionOf(blob.ETag, contentHash));
        var current = await _index.ReadAsync(articleId, cancellationToken).ConfigureAwait(false);
        IngestOutcome outcome;
        if (current is { Entry: var entry } && ArticleStatus.IsFinal(entry.Status))
        {
            outcome = new IngestOutcome(IngestResult.Duplicate, articleId, entry.Path, entry.Reason);
        }
        else
        {
            outcome = await RejectAsync(blob, contentHash, articleId, FailedReason, error, cancellationToken).ConfigureAwait(false);
        }

        await WriteReceiptAsync(receipt, blob, outcome, cancellationToken).ConfigureAwait(false);
        return outcome;
    }

    private async Task<IngestOutcome> ProcessAsync(ArticleBlob blob, string contentHash, string articleId, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        ArticleText? text = null;
        string? reason = null;
        string? error = null;
        Analysis.ArticleAnalysis? analysis = null;
        using var budget = new CancellationTokenSource(options.AnalysisBudget, time);
        using var analysisToken = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, budget.Token);
        try
        {
            text = new ArticleReader(new ArticleReaderOptions { MaxBytes = options.MaxArticleBytes }).Read(blob.Content.Span, blob.SourceName);
            analysis = (await analyzer.AnalyzeAsync([text], options.SummarySentences, analysisToken.Token).ConfigureAwait(false))[0];
        }
        catch (ArticleRejectedException e)
        {
            (reason, error) = (e.Code, e.Message);
        }
        catch (OperationCanceledException) when (budget.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            // Past its budget the article is refused, with a reason a reader can act on, rather than retried forever.
            (reason, error) = (TooComplexReason, string.Create(
                System.Globalization.CultureInfo.InvariantCulture,
                $"too complex: the analysis did not finish within its {options.AnalysisBudget.TotalSeconds:0.#} s budget ({text?.Text.Length ?? blob.Content.Length:N0} characters); split the article or raise ReportsAnalysisBudgetSeconds."));
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // An analyzer bug fails this article every time: reject it rather than retry forever.
            (reason, error) = (AnalysisFailedReason, $"analysis failed ({e.GetType().Name}): {e.Message}");
        }

        var uploadDate = DateOnly.FromDateTime(blob.UploadedAt.UtcDateTime);
        var published = text is null ? null : PublicationDateDetector.Detect(blob.Content.Span, text.Text, uploadDate);
        var metadata = new ArticleMetadata(blob.SourceName, articleId, contentHash, blob.UploadedAt, published);
        if (analysis is not null)
        {
            // Each figure's event day, and each toll's time of day, is resolved once, here, and stored: reports read them
            // instead of the sentences.
            var dated = EventDates.Default.Date(analysis.Figures, analysis.Language, published ?? uploadDate, analysis.Title);
            analysis = analysis with { Figures = DayTimes.Default.Stamp(dated, analysis.Language) };
        }

        var document = StoredAnalysis.Serialize(metadata, analysis, error, reason);
        var json = new BlobWriteOptions { ContentType = "application/json" };
        if (reason is null)
        {
            var path = StoredAnalysis.PathOf(published ?? uploadDate, articleId);
            await store.PutAsync(IngestContainers.Analyses, path, document, json, cancellationToken).ConfigureAwait(false);
            await _index.WriteAsync(new ArticleIndexEntry(articleId, ArticleStatus.Analyzed, blob.SourceName, now, path), cancellationToken).ConfigureAwait(false);
            return new IngestOutcome(IngestResult.Analyzed, articleId, path);
        }

        return await RejectAsync(blob, contentHash, articleId, reason, error!, cancellationToken).ConfigureAwait(false);
    }

    private async Task<IngestOutcome> RejectAsync(ArticleBlob blob, string contentHash, string articleId, string reason, string error, CancellationToken cancellationToken, int attempts = 0, string? lastError = null)
    {
        var folder = articleId + "/";
        if (blob.Content.Length <= options.MaxArticleBytes * options.KeepRejectedFactor)
        {
            var copy = folder + "content" + ArticleNames.SafeExtension(blob.SourceName);
            await store.PutAsync(IngestContainers.Rejected, copy, blob.Content, BlobWriteOptions.Overwrite, cancellationToken).ConfigureAwait(false);
        }

        var metadata = new ArticleMetadata(blob.SourceName, articleId, contentHash, blob.UploadedAt, null);
        var document = StoredAnalysis.Serialize(metadata, null, error, reason);
        await store.PutAsync(IngestContainers.Rejected, folder + "reason.json", document, new BlobWriteOptions { ContentType = "application/json" }, cancellationToken).ConfigureAwait(false);
        var entry = new ArticleIndexEntry(articleId, ArticleStatus.Rejected, blob.SourceName, time.GetUtcNow(), folder, reason, error, Attempts: attempts, LastError: lastError);
        await _index.WriteAsync(entry, cancellationToken).ConfigureAwait(false);
        return new IngestOutcome(IngestResult.Rejected, articleId, folder, reason);
    }

    /// <summary>
    /// Claims the article for this delivery. Taking over the stale claim of a process that died first waits for
    /// <see cref="_suspects"/> (before writing anything); the returned claim then holds it (<see cref="Claim.Suspect"/>).
    /// With <paramref name="createFirst"/> (a blob that did not come through the upload API, whose article usually has
    /// no entry) the claim is first tried as a create, which succeeds exactly when the read would have found nothing;
    /// when an entry exists the usual read follows.
    /// </summary>
    private async Task<Claim> ClaimAsync(string articleId, string source, bool createFirst, CancellationToken cancellationToken)
    {
        var owner = Guid.NewGuid().ToString("N");
        if (createFirst)
        {
            var fresh = new ArticleIndexEntry(articleId, ArticleStatus.Processing, source, time.GetUtcNow(), Owner: owner, Attempts: 1);
            if (await _index.TryCreateAsync(fresh, cancellationToken).ConfigureAwait(false) is { } created)
            {
                return new Claim(fresh, created, null);
            }
        }

        var gated = false;
        try
        {
            for (var attempt = 0; attempt < MaxClaimAttempts; attempt++)
            {
                var now = time.GetUtcNow();
                var claimed = new ArticleIndexEntry(articleId, ArticleStatus.Processing, source, now, Owner: owner, Attempts: 1);
                var current = await _index.ReadAsync(articleId, cancellationToken).ConfigureAwait(false);
                string? etag;
                if (current is not { } found)
                {
                    etag = await _index.TryCreateAsync(claimed, cancellationToken).ConfigureAwait(false);
                }
                else if (ArticleStatus.IsFinal(found.Entry.Status) && found.Entry.Reason != FailedReason)
                {
                    var result = found.Entry.Source == source ? IngestResult.AlreadyDone : IngestResult.Duplicate;
                    return new Claim(null, null, new IngestOutcome(result, articleId, found.Entry.Path, found.Entry.Reason));
                }
                else if (found.Entry.Status == ArticleStatus.Processing && found.Entry.Since + options.ClaimLease > now)
                {
                    return new Claim(null, null, new IngestOutcome(IngestResult.Busy, articleId));
                }
                else
                {
                    // Pending (uploaded), a stale claim (its holder died), given up after failed deliveries (a new
                    // delivery is a new chance), or the tombstone of an upload that failed (this blob is the content): take
                    // it over.
                    var previous = found.Entry;
                    if (previous.Status == ArticleStatus.Processing && !gated)
                    {
                        // Its holder died during it: run it alone among such articles, then look again (it may have
                        // moved on while this delivery waited).
                        await _suspects.WaitAsync(cancellationToken).ConfigureAwait(false);
                        gated = true;
                        attempt--;
                        continue;
                    }

                    var afresh = previous.Status is ArticleStatus.Rejected or ArticleStatus.UploadFailed;
                    var attempts = afresh ? 1 : previous.Attempts + 1;
                    var lastError = previous.Status == ArticleStatus.Processing
                        ? $"the attempt that started at {previous.Since:yyyy-MM-dd HH:mm:ss}Z stopped without finishing (the process ended or hung past the {options.ClaimLease.TotalSeconds:0} s lease)"
                        : previous.Status == ArticleStatus.UploadFailed ? null : previous.LastError;
                    claimed = claimed with { Source = previous.Status == ArticleStatus.UploadFailed ? source : previous.Source, Attempts = attempts, LastError = lastError };
                    etag = await _index.TryReplaceAsync(claimed, found.ETag, cancellationToken).ConfigureAwait(false);
                }

                if (etag is not null)
                {
                    var claim = new Claim(claimed, etag, null, gated);
                    gated = false; // The caller holds it until the article is handled.
                    return claim;
                }
            }

            return new Claim(null, null, new IngestOutcome(IngestResult.Busy, articleId));
        }
        finally
        {
            if (gated)
            {
                _suspects.Release();
            }
        }
    }

    /// <summary>Gives the claim back after a failure so a retry need not wait for the lease; best effort.</summary>
    private async Task ReleaseAsync(ArticleIndexEntry claimed, string etag, string error)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        try
        {
            var pending = claimed with { Status = ArticleStatus.Pending, Owner = null, Since = time.GetUtcNow(), LastError = error };
            await _index.TryReplaceAsync(pending, etag, timeout.Token).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // The lease runs out on its own.
        }
    }

    private async Task WriteReceiptAsync(string receipt, ArticleBlob blob, IngestOutcome outcome, CancellationToken cancellationToken)
    {
        var body = Receipts.Body(blob.Name, blob.ETag ?? string.Empty, outcome, time.GetUtcNow());
        try
        {
            await store.PutAsync(IngestContainers.Receipts, receipt, body, BlobWriteOptions.CreateOnly with { ContentType = "application/json" }, cancellationToken).ConfigureAwait(false);
        }
        catch (BlobConditionFailedException)
        {
            // Another delivery of the same version finished first: same effect.
        }
    }

    private sealed record Claim(ArticleIndexEntry? Entry, string? ETag, IngestOutcome? Outcome, bool Suspect = false);
}
