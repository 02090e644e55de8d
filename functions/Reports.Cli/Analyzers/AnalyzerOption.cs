using System.CommandLine;
using Reports.Core.AzureLanguage;

namespace Reports.Cli.Analyzers;

/// <summary>The <c>--analyzer builtin|azure-language</c> option of <c>analyze</c> and <c>brief</c>.</summary>
internal static class AnalyzerOption
{
    public const string Name = "--analyzer";

    public static Option<string?> Create()
    {
        var option = new Option<string?>(Name)
        {
            Description = $"{AzureLanguageSettings.BuiltIn} (offline) or {AzureLanguageSettings.AzureLanguage} (Azure AI Language gives the language and the summary; "
                + $"figures stay built-in; whatever the service cannot give falls back to built-in, with notes). Default: the {AzureLanguageSettings.AnalyzerName} "
                + $"environment variable, else {AzureLanguageSettings.BuiltIn}. The service is set by environment variables only: {AzureLanguageSettings.EndpointName}, "
                + $"{AzureLanguageSettings.KeyName} (or {AzureLanguageSettings.CredentialName}/{AzureLanguageSettings.ClientIdName}, else the default Azure credential), "
                + $"{AzureLanguageSettings.SummaryName}, {AzureLanguageSettings.MinimumConfidenceName}, {AzureLanguageSettings.TimeoutName}, {AzureLanguageSettings.BudgetName}.",
        };
        option.AcceptOnlyFromAmong(AzureLanguageSettings.BuiltIn, AzureLanguageSettings.AzureLanguage);
        return option;
    }
}
