using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Reports.Core.Analysis;
using Reports.Core.Articles;
using Reports.Core.Ingestion;

namespace Reports.Core.AzureLanguage;

/// <summary>
/// Analyses articles with Azure AI Language for the language and the summary and the built-in analyzer for
/// everything else (title, segmentation, figures). The service's language is used when it is at least
/// <see cref="AzureLanguageSettings.MinimumConfidence"/> sure (the figures are then read with that language's
/// profile, when there is one); its summary replaces the built-in one. Whatever the service cannot give (unreachable,
/// refusing, throttling past the retries, over <see cref="AzureLanguageSettings.Budget"/>, an error for one article)
/// falls back to the built-in result, and <see cref="ArticleAnalysis.Analyzers"/> says which analyzer produced what
/// and why. Only the caller's cancellation stops it. After the service failed as a whole (not for one article), it is
/// left alone for <see cref="Cooldown"/>: analyses in that time are built-in at once (with a note) instead of each
/// waiting out the retries and the budget again.
/// </summary>
public sealed class AzureLanguageAnalyzer(LanguageClient client, AnalyzerPool builtIn, AzureLanguageSettings settings, TimeProvider? time = null, ILogger? logger = null)
    : IArticleAnalysisService
{
    public const string ServiceName = AzureLanguageSettings.AzureLanguage;

    private readonly TimeProvider time = time ?? TimeProvider.System;
    private readonly ILogger logger = logger ?? NullLogger.Instance;
    private readonly Lock gate = new();
    private (DateTimeOffset Until, string Reason)? resting;

    /// <summary>How long the service is left alone after it failed as a whole. Default 60 s.</summary>
    public TimeSpan Cooldown { get; init; } = TimeSpan.FromSeconds(60);

    public string Name => ServiceName;

    public int PreferredBatchSize => DocumentBatches.JobMaxDocuments;

    public async Task<IReadOnlyList<ArticleAnalysis>> AnalyzeAsync(IReadOnlyList<ArticleText> articles, int summarySentences, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(articles);
        ArgumentOutOfRangeException.ThrowIfNegative(summarySentences);
        if (articles.Count == 0)
        {
            return [];
        }

        var notes = articles.Select(a => new List<string>(a.Warnings)).ToArray();
        if (Resting() is { } rest)
        {
            return articles.Select(a => builtIn.Analyze(a, summarySentences)).Select(a => a with
            {
                // The built-in analysis's notes hold the article's warnings and its own (figures past the cap).
                Analyzers = AnalyzerProvenance.BuiltIn with { Notes = [.. a.Analyzers.Notes, $"azure-language skipped: it failed at {rest.Since} ({rest.Reason}); retried after {rest.Until}; built-in analysis used"] },
            }).ToList();
        }

        using var budget = new CancellationTokenSource(settings.Budget, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, budget.Token);

        var languages = await DetectAsync(articles, notes, linked.Token, cancellationToken).ConfigureAwait(false);
        var analyses = new ArticleAnalysis[articles.Count];
        for (var i = 0; i < articles.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            analyses[i] = builtIn.Analyze(articles[i], summarySentences, languages[i]);
            foreach (var note in analyses[i].Analyzers.Notes)
            {
                // The built-in analysis's own notes (figures past the cap) besides the article's warnings, already here.
                if (!notes[i].Contains(note))
                {
                    notes[i].Add(note);
                }
            }
        }

        var summaries = summarySentences > 0 && Resting() is null
            ? await SummarizeAsync(articles, analyses, summarySentences, notes, linked.Token, cancellationToken).ConfigureAwait(false)
            : new IReadOnlyList<string>?[articles.Count];
        if (summarySentences > 0 && languages.All(l => l is null) && Resting() is not null)
        {
            foreach (var list in notes)
            {
                list.Add("summary: azure-language skipped after the failure above; built-in summary used");
            }
        }
        var summaryName = ServiceName + "/" + (settings.Summary == SummaryKind.Extractive ? "extractive" : "abstractive");
        for (var i = 0; i < analyses.Length; i++)
        {
            analyses[i] = analyses[i] with
            {
                Summary = summaries[i] ?? analyses[i].Summary,
                Analyzers = new AnalyzerProvenance(
                    languages[i] is null ? AnalyzerProvenance.BuiltInName : ServiceName,
                    summaries[i] is null ? AnalyzerProvenance.BuiltInName : summaryName,
                    AnalyzerProvenance.BuiltInName,
                    notes[i]),
            };
        }

        return analyses;
    }

    /// <summary>The service's language per article where it is confident, else null (the built-in detector decides).</summary>
    private async Task<string?[]> DetectAsync(IReadOnlyList<ArticleText> articles, List<string>[] notes, CancellationToken token, CancellationToken callerToken)
    {
        var languages = new string?[articles.Count];
        IReadOnlyList<DocumentResult<DetectedLanguage>> detected;
        try
        {
            var documents = articles.Select((a, i) => new LanguageDocument(Id(i), a.Text)).ToList();
            detected = await client.DetectLanguageAsync(documents, token).ConfigureAwait(false);
        }
        catch (Exception e) when (IsServiceFailure(e, callerToken))
        {
            var reason = Reason(e);
            Rest(reason);
            logger.LogWarning("Azure AI Language detection failed for {Count} articles ({Reason}); the built-in detector is used", articles.Count, reason);
            foreach (var list in notes)
            {
                list.Add($"language: azure-language failed ({reason}); built-in detection used");
            }

            return languages;
        }

        for (var i = 0; i < articles.Count; i++)
        {
            var result = detected[i];
            if (result.Value is not { } language)
            {
                notes[i].Add($"language: azure-language error ({result.Error}); built-in detection used");
            }
            else if (language.IsUnknown)
            {
                notes[i].Add("language: azure-language could not tell; built-in detection used");
            }
            else if (language.Confidence < settings.MinimumConfidence)
            {
                notes[i].Add(string.Create(CultureInfo.InvariantCulture, $"language: azure-language said '{language.BaseCode}' at {language.Confidence:0.00}, below {settings.MinimumConfidence:0.00}; built-in detection used"));
            }
            else
            {
                languages[i] = language.BaseCode;
            }
        }

        return languages;
    }

    /// <summary>The service's summary per article, or null where the built-in one stands (with a note saying why).</summary>
    private async Task<IReadOnlyList<string>?[]> SummarizeAsync(
        IReadOnlyList<ArticleText> articles, ArticleAnalysis[] analyses, int sentences, List<string>[] notes, CancellationToken token, CancellationToken callerToken)
    {
        var summaries = new IReadOnlyList<string>?[articles.Count];
        var asked = new List<int>();
        for (var i = 0; i < articles.Count; i++)
        {
            if (analyses[i].Language == Languages.LanguageGuess.Undetermined)
            {
                notes[i].Add("summary: language undetermined, not sent to azure-language; built-in summary used");
            }
            else
            {
                asked.Add(i);
            }
        }

        if (asked.Count == 0)
        {
            return summaries;
        }

        IReadOnlyList<DocumentResult<DocumentSummary>> results;
        try
        {
            var documents = asked.Select(i => new LanguageDocument(Id(i), articles[i].Text, analyses[i].Language)).ToList();
            results = await client.SummarizeAsync(documents, settings.Summary, sentences, token).ConfigureAwait(false);
        }
        catch (Exception e) when (IsServiceFailure(e, callerToken))
        {
            var reason = Reason(e);
            Rest(reason);
            logger.LogWarning("Azure AI Language summarization failed for {Count} articles ({Reason}); the built-in summaries are used", asked.Count, reason);
            foreach (var i in asked)
            {
                notes[i].Add($"summary: azure-language failed ({reason}); built-in summary used");
            }

            return summaries;
        }

        for (var j = 0; j < asked.Count; j++)
        {
            var i = asked[j];
            var result = results[j];
            notes[i].AddRange(result.Warnings.Select(w => "summary: " + w));
            var text = result.Value is { } summary ? TextOf(summary, articles[i].Text) : [];
            if (text.Count > 0)
            {
                summaries[i] = text;
            }
            else
            {
                notes[i].Add($"summary: azure-language {(result.Error is null ? "returned no sentences" : $"error ({result.Error})")}; built-in summary used");
            }
        }

        return summaries;
    }

    /// <summary>
    /// Extractive sentences are taken from the article at the service's UTF-16 offsets (verbatim, like the built-in
    /// summary) when they are in range; otherwise, and for abstractive summaries, the service's text.
    /// </summary>
    private static List<string> TextOf(DocumentSummary summary, string article)
    {
        var sentences = new List<string>(summary.Parts.Count);
        foreach (var part in summary.Parts)
        {
            var text = part is { Offset: { } offset, Length: { } length } && offset >= 0 && length > 0 && offset + length <= article.Length
                ? article.Substring(offset, length)
                : part.Text;
            text = text.Trim();
            if (text.Length > 0)
            {
                sentences.Add(text);
            }
        }

        return sentences;
    }

    /// <summary>Starts a cooldown after a whole-service failure.</summary>
    private void Rest(string reason)
    {
        lock (gate)
        {
            resting = (time.GetUtcNow() + Cooldown, reason);
        }
    }

    /// <summary>The cooldown in force, if any, as text for the note.</summary>
    private (string Since, string Until, string Reason)? Resting()
    {
        lock (gate)
        {
            if (resting is not { } rest || rest.Until <= time.GetUtcNow())
            {
                return null;
            }

            return (
                (rest.Until - Cooldown).ToString("HH:mm:ss 'UTC'", CultureInfo.InvariantCulture),
                rest.Until.ToString("HH:mm:ss 'UTC'", CultureInfo.InvariantCulture),
                rest.Reason);
        }
    }

    private static string Id(int index) => index.ToString(CultureInfo.InvariantCulture);

    /// <summary>Anything the service or the network did, including running out of budget; never the caller's cancellation.</summary>
    private static bool IsServiceFailure(Exception e, CancellationToken callerToken) =>
        !callerToken.IsCancellationRequested
        && e is LanguageServiceException or HttpRequestException or TimeoutException or OperationCanceledException or JsonException;

    private string Reason(Exception e) => e switch
    {
        OperationCanceledException => string.Create(CultureInfo.InvariantCulture, $"no answer within the {settings.Budget.TotalSeconds:0.#} s budget"),
        LanguageServiceException or TimeoutException => e.Message,
        _ => $"{e.GetType().Name}: {e.Message}",
    };
}
