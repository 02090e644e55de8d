using System.Globalization;

namespace Reports.Core.AzureLanguage;

/// <summary>
/// Which analyzer summarises and detects languages, read from app settings (the function app) or environment
/// variables (the CLI): <c>ReportsAnalyzer</c> = <c>builtin</c> (default) or <c>azure-language</c>; for the latter
/// <c>ReportsLanguage__endpoint</c> and either <c>ReportsLanguage__key</c> or a token credential
/// (<c>ReportsLanguage__credential</c> = managedidentity, optional <c>ReportsLanguage__clientId</c>; neither key nor
/// credential: the default Azure credential chain). Its text never shows the key.
/// </summary>
public sealed record AzureLanguageSettings
{
    public const string AnalyzerName = "ReportsAnalyzer";
    public const string EndpointName = "ReportsLanguage__endpoint";
    public const string KeyName = "ReportsLanguage__key";
    public const string CredentialName = "ReportsLanguage__credential";
    public const string ClientIdName = "ReportsLanguage__clientId";
    public const string SummaryName = "ReportsLanguage__summary";
    public const string MinimumConfidenceName = "ReportsLanguage__minimumConfidence";
    public const string TimeoutName = "ReportsLanguage__timeoutSeconds";
    public const string BudgetName = "ReportsLanguage__budgetSeconds";

    /// <summary>The offline analyzer: summaries and language from Reports.Core.</summary>
    public const string BuiltIn = "builtin";

    /// <summary>Azure AI Language for summaries and language detection; figures stay built-in.</summary>
    public const string AzureLanguage = "azure-language";

    public const string ManagedIdentityCredential = "managedidentity";

    /// <summary>ReportsAnalyzer: <see cref="BuiltIn"/> or <see cref="AzureLanguage"/>.</summary>
    public string Analyzer { get; init; } = BuiltIn;

    /// <summary>ReportsLanguage__endpoint: https://NAME.cognitiveservices.azure.com (http only on loopback, for tests).</summary>
    public Uri? Endpoint { get; init; }

    /// <summary>ReportsLanguage__key: the resource key (a secret); null means a token credential.</summary>
    public string? Key { get; init; }

    /// <summary>ReportsLanguage__credential: "managedidentity", or null for the default Azure credential chain.</summary>
    public string? Credential { get; init; }

    /// <summary>ReportsLanguage__clientId: a user-assigned managed identity's client id.</summary>
    public string? ClientId { get; init; }

    /// <summary>ReportsLanguage__summary: extractive (sentences of the article, default) or abstractive (written by the service).</summary>
    public SummaryKind Summary { get; init; } = SummaryKind.Extractive;

    /// <summary>ReportsLanguage__minimumConfidence: the service's language is used at or above this score. Default 0.8.</summary>
    public double MinimumConfidence { get; init; } = 0.8;

    /// <summary>ReportsLanguage__timeoutSeconds: each HTTP attempt. Default 30.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// ReportsLanguage__budgetSeconds: all the service work for one batch of articles (retries, waits, polling). When it
    /// runs out the built-in results stand. Default 90, below the ingest claim lease (ReportsClaimLeaseSeconds, 120).
    /// </summary>
    public TimeSpan Budget { get; init; } = TimeSpan.FromSeconds(90);

    /// <summary>True when the service is selected.</summary>
    public bool UsesService => Analyzer == AzureLanguage;

    /// <summary>
    /// Reads and checks the settings through a lookup such as <c>Environment.GetEnvironmentVariable</c> or
    /// <c>key =&gt; configuration[key]</c>; "ReportsLanguage__x" and "ReportsLanguage:x" are both tried. Throws
    /// <see cref="FormatException"/> saying which setting is wrong and what it should be.
    /// </summary>
    public static AzureLanguageSettings From(Func<string, string?> setting)
    {
        ArgumentNullException.ThrowIfNull(setting);
        string? Read(string name) => NonEmpty(setting(name)) ?? NonEmpty(setting(name.Replace("__", ":", StringComparison.Ordinal)));

        var analyzer = (Read(AnalyzerName) ?? BuiltIn).ToLowerInvariant();
        if (analyzer is not (BuiltIn or AzureLanguage))
        {
            throw new FormatException($"{AnalyzerName} '{analyzer}' is not known; use '{BuiltIn}' (default) or '{AzureLanguage}'.");
        }

        if (analyzer == BuiltIn)
        {
            // The service's settings matter only when it is used: a stale or malformed one must not stop the built-in analyzer.
            return new AzureLanguageSettings();
        }

        var settings = new AzureLanguageSettings
        {
            Analyzer = analyzer,
            Endpoint = ParseEndpoint(Read(EndpointName)),
            Key = Read(KeyName),
            Credential = Read(CredentialName)?.ToLowerInvariant(),
            ClientId = Read(ClientIdName),
            Summary = Read(SummaryName)?.ToLowerInvariant() switch
            {
                null or "extractive" => SummaryKind.Extractive,
                "abstractive" => SummaryKind.Abstractive,
                var other => throw new FormatException($"{SummaryName} '{other}' is not known; use 'extractive' (default) or 'abstractive'."),
            },
            MinimumConfidence = ParseNumber(Read(MinimumConfidenceName), MinimumConfidenceName, 0, 1, 0.8),
            Timeout = TimeSpan.FromSeconds(ParseNumber(Read(TimeoutName), TimeoutName, 1, 600, 30)),
            Budget = TimeSpan.FromSeconds(ParseNumber(Read(BudgetName), BudgetName, 1, 3600, 90)),
        };

        if (settings.UsesService)
        {
            if (settings.Endpoint is null)
            {
                throw new FormatException($"{AnalyzerName} is '{AzureLanguage}' but {EndpointName} is not set: give the Language resource's endpoint, e.g. https://NAME.cognitiveservices.azure.com.");
            }

            if (settings.Credential is not (null or ManagedIdentityCredential))
            {
                throw new FormatException($"{CredentialName} '{settings.Credential}' is not supported; use '{ManagedIdentityCredential}' or leave it unset (with no {KeyName}: the default Azure credential chain).");
            }
        }

        return settings;
    }

    /// <summary>The settings from environment variables (the CLI; Azure Functions passes app settings the same way).</summary>
    public static AzureLanguageSettings FromEnvironment() => From(Environment.GetEnvironmentVariable);

    public override string ToString() =>
        $"AzureLanguageSettings {{ Analyzer = {Analyzer}, Endpoint = {Endpoint}, Key = {(Key is null ? "null" : "***")}, Credential = {Credential}, ClientId = {ClientId}, Summary = {Summary}, MinimumConfidence = {MinimumConfidence}, Timeout = {Timeout}, Budget = {Budget} }}";

    private static Uri? ParseEndpoint(string? value)
    {
        if (value is null)
        {
            return null;
        }

        if (!Uri.TryCreate(value, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
        {
            throw new FormatException($"{EndpointName} '{value}' is not an absolute http(s) URL; give e.g. https://NAME.cognitiveservices.azure.com.");
        }

        if (uri.Scheme == Uri.UriSchemeHttp && !uri.IsLoopback)
        {
            throw new FormatException($"{EndpointName} must use https (plain http is accepted only on loopback, for a local test server): '{value}'.");
        }

        if (uri.AbsolutePath.Contains("/language", StringComparison.OrdinalIgnoreCase))
        {
            throw new FormatException($"{EndpointName} is the resource's root (https://NAME.cognitiveservices.azure.com), without /language: '{value}'.");
        }

        return new Uri(uri.GetLeftPart(UriPartial.Authority) + uri.AbsolutePath.TrimEnd('/') + "/");
    }

    private static double ParseNumber(string? value, string name, double minimum, double maximum, double fallback)
    {
        if (value is null)
        {
            return fallback;
        }

        if (!double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) || number < minimum || number > maximum)
        {
            throw new FormatException($"{name} must be a number from {minimum.ToString(CultureInfo.InvariantCulture)} to {maximum.ToString(CultureInfo.InvariantCulture)}, not '{value}'.");
        }

        return number;
    }

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}

/// <summary>What kind of summary the service writes.</summary>
public enum SummaryKind
{
    /// <summary>Sentences picked from the article (verbatim, traceable).</summary>
    Extractive,

    /// <summary>Sentences written by the service (not in the article).</summary>
    Abstractive,
}
