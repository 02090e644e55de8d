using Reports.Adapters.Language;
using Reports.Core.Analysis;
using Reports.Core.AzureLanguage;
using Reports.Core.Ingestion;
using Reports.Core.Languages;

namespace Reports.Cli.Analyzers;

/// <summary>
/// The analysis service a command uses, chosen like the function app chooses it: <c>--analyzer</c>, else the
/// <c>ReportsAnalyzer</c> setting, else builtin; Azure AI Language is configured by the <c>ReportsLanguage__*</c>
/// settings (environment variables), never by the command line. Disposing it disposes the service's HTTP client.
/// </summary>
internal sealed class CliAnalyzer : IDisposable
{
    private readonly LanguageClient? client;

    private CliAnalyzer(IArticleAnalysisService service, AzureLanguageSettings settings, LanguageClient? client)
    {
        Service = service;
        Settings = settings;
        this.client = client;
    }

    public IArticleAnalysisService Service { get; }

    public AzureLanguageSettings Settings { get; }

    /// <summary>
    /// Reads the settings through <paramref name="settings"/> (<c>--analyzer</c>, when given, stands for
    /// <c>ReportsAnalyzer</c>) and makes the service. Throws <see cref="FormatException"/> naming the wrong or missing
    /// setting. The service's waits and budget run on the system clock; its fallback warnings go to <paramref name="error"/>.
    /// </summary>
    public static CliAnalyzer Create(string? analyzer, Func<string, string?> settings, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(error);
        var resolved = AzureLanguageSettings.From(name =>
            analyzer is not null && name == AzureLanguageSettings.AnalyzerName ? analyzer : settings(name));
        var builtIn = new AnalyzerPool(LanguageCatalog.Default);
        if (!resolved.UsesService)
        {
            return new CliAnalyzer(builtIn, resolved, null);
        }

        // Retries are not worth a line each; a step that falls back is (the JSON line's notes say the same per file).
        var client = LanguageClients.Create(resolved, TimeProvider.System);
        var service = new AzureLanguageAnalyzer(client, builtIn, resolved, TimeProvider.System, new WarningWriter(error));
        return new CliAnalyzer(service, resolved, client);
    }

    public void Dispose() => client?.Dispose();
}
