using Microsoft.Extensions.Configuration;
using Reports.Core.Articles;

namespace Reports.Functions.Hosting;

/// <summary>
/// The app's settings, read from flat keys (app settings in Azure, <c>local.settings.json</c> Values or environment
/// variables locally). Every key is listed in <c>local.settings.sample.json</c> and docs/functions.md. Storage
/// (<c>ReportsStorage</c>, <c>ReportsStorage__serviceUri</c>, <c>ReportsDataPath</c>) is read by
/// <see cref="Reports.Core.Storage.BlobStoreSettings"/>.
/// </summary>
public sealed class ReportsOptions
{
    /// <summary>The key write endpoints need when run locally (in Azure the host's function keys apply).</summary>
    [ConfigurationKeyName("ReportsApiKey")]
    public string? ApiKey { get; set; }

    /// <summary>The key that only reads analyses, lists and reports when run locally (the write key reads too).</summary>
    [ConfigurationKeyName("ReportsReadKey")]
    public string? ReadKey { get; set; }

    /// <summary>
    /// Let anyone who can reach the app read analyses, lists and reports without a key. Off by default: on, a deployed
    /// app publishes its newsroom's work to the internet.
    /// </summary>
    [ConfigurationKeyName("ReportsAllowAnonymousReads")]
    public bool AllowAnonymousReads { get; set; }

    /// <summary>Keys shorter than this are refused at start: a short key is guessed.</summary>
    public const int MinKeyLength = 16;

    /// <summary>Why the configured keys cannot be used, or null when they can (unset, or at least 16 characters without spaces).</summary>
    public string? KeyProblem()
    {
        foreach (var (name, key) in new[] { ("ReportsApiKey", ApiKey), ("ReportsReadKey", ReadKey) })
        {
            if (string.IsNullOrEmpty(key))
            {
                continue;
            }

            if (key.Length < MinKeyLength || key.Any(char.IsWhiteSpace))
            {
                return $"{name} must be at least {MinKeyLength} characters with no spaces (it has {key.Length}); generate one, e.g. `openssl rand -hex 24`.";
            }
        }

        return !string.IsNullOrEmpty(ApiKey) && ApiKey == ReadKey ? "ReportsReadKey must differ from ReportsApiKey." : null;
    }

    /// <summary>Locally, with no key set: accept writes from anyone who can reach the port.</summary>
    [ConfigurationKeyName("ReportsAllowAnonymousWrites")]
    public bool AllowAnonymousWrites { get; set; }

    /// <summary>Uploads and articles larger than this are refused (413) or rejected. Default 5 MB.</summary>
    [ConfigurationKeyName("ReportsMaxArticleBytes")]
    public long MaxArticleBytes { get; set; } = ArticleReaderOptions.DefaultMaxBytes;

    /// <summary>Local runner: how often the articles container is scanned for new blobs, in seconds. Default 2.</summary>
    [ConfigurationKeyName("ReportsWatchIntervalSeconds")]
    public double WatchIntervalSeconds { get; set; } = 2;

    /// <summary>Local runner: how many blobs are handled at once (mostly waiting on storage). Default 8.</summary>
    [ConfigurationKeyName("ReportsWatchConcurrency")]
    public int WatchConcurrency { get; set; } = 8;

    /// <summary>
    /// Deliveries of one blob version before it is given up as failed (local runner), and analyses of one article that
    /// may start before it is rejected as analysis_failed — counted in the store, so a process that dies during the
    /// article counts too. Default 5.
    /// </summary>
    [ConfigurationKeyName("ReportsMaxDeliveryAttempts")]
    public int MaxDeliveryAttempts { get; set; } = 5;

    /// <summary>
    /// How long one article's analysis may run before it stops and the article is rejected as too_complex (its upload
    /// kept). Default 60; keep it below <see cref="ClaimLeaseSeconds"/>.
    /// </summary>
    [ConfigurationKeyName("ReportsAnalysisBudgetSeconds")]
    public double AnalysisBudgetSeconds { get; set; } = 60;

    /// <summary>Local runner: run the blob watcher. Default true (never under the Functions host).</summary>
    [ConfigurationKeyName("ReportsRunWatcher")]
    public bool RunWatcher { get; set; } = true;

    /// <summary>Local runner: run timer functions on their schedules. Default true (never under the Functions host).</summary>
    [ConfigurationKeyName("ReportsRunTimers")]
    public bool RunTimers { get; set; } = true;

    /// <summary>How long a claim on an article holds before another delivery may take it over, in seconds. Default 120.</summary>
    [ConfigurationKeyName("ReportsClaimLeaseSeconds")]
    public double ClaimLeaseSeconds { get; set; } = 120;

    /// <summary>The timeout of each storage call, in seconds. Default 30.</summary>
    [ConfigurationKeyName("ReportsStoreTimeoutSeconds")]
    public double StoreTimeoutSeconds { get; set; } = 30;

    /// <summary>
    /// How long an upload's index entry may wait for its content before it is marked upload_failed, in minutes, and how
    /// often the app looks. Default 15. See <see cref="GraceProblem"/> for the bounds.
    /// </summary>
    [ConfigurationKeyName("ReportsPendingGraceMinutes")]
    public double PendingGraceMinutes { get; set; } = 15;

    /// <summary>
    /// Why <see cref="PendingGraceMinutes"/> cannot be used, or null: at least one minute, and longer than two storage
    /// timeouts, so an upload still writing its content (one call, then a retry) is never marked as failed.
    /// </summary>
    public string? GraceProblem() =>
        PendingGraceMinutes < 1 || double.IsNaN(PendingGraceMinutes) || PendingGraceMinutes * 60 <= 2 * StoreTimeoutSeconds
            ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"ReportsPendingGraceMinutes must be at least 1 and longer than two storage timeouts (2 x ReportsStoreTimeoutSeconds = {2 * StoreTimeoutSeconds:0.#} s); it is {PendingGraceMinutes:0.##}.")
            : null;
}
