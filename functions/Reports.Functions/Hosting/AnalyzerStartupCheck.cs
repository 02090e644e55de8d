using Reports.Core.Analysis;
using Reports.Core.AzureLanguage;

namespace Reports.Functions.Hosting;

/// <summary>
/// Makes the analyzer <c>ReportsAnalyzer</c> selects when the app starts, so a wrong or missing setting
/// (<c>ReportsAnalyzer</c>, <c>ReportsLanguage__*</c>) stops the app at once with a message naming it, instead of
/// failing the first article (under the Functions host the analyzer is otherwise made at the first invocation).
/// </summary>
internal sealed partial class AnalyzerStartupCheck(IServiceProvider services, ILogger<AnalyzerStartupCheck> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        try
        {
            var analyzer = services.GetRequiredService<IArticleAnalysisService>();
            var settings = services.GetRequiredService<AzureLanguageSettings>();
            LogAnalyzer(settings.UsesService ? $"{analyzer.Name} ({settings.Endpoint?.Host})" : analyzer.Name);
        }
        catch (FormatException e)
        {
            LogWrongSetting(e.Message);
            throw;
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Analyzer: {Analyzer}")]
    private partial void LogAnalyzer(string analyzer);

    [LoggerMessage(Level = LogLevel.Critical, Message = "The analyzer's settings are wrong, the app cannot start: {Reason}")]
    private partial void LogWrongSetting(string reason);
}
