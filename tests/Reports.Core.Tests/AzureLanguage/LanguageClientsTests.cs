using Reports.Adapters.Language;
using Reports.Core.AzureLanguage;

namespace Reports.Core.Tests.AzureLanguage;

/// <summary>Token access is built at the edge (Reports.Adapters owns Azure.Identity); Core takes an HttpClient whose pipeline is built there too.</summary>
public sealed class LanguageClientsTests
{
    private static readonly AzureLanguageSettings TokenSettings = new()
    {
        Analyzer = AzureLanguageSettings.AzureLanguage,
        Endpoint = new Uri("https://reports-lang.cognitiveservices.azure.com/"),
        Credential = AzureLanguageSettings.ManagedIdentityCredential,
    };

    [Fact]
    public void AdaptersCreate_WithoutKey_BuildsATokenClientForTheEndpoint()
    {
        using var client = LanguageClients.Create(TokenSettings);

        Assert.Equal(TokenSettings.Endpoint, client.Endpoint);
    }

    [Fact]
    public void CoreAssembly_ReferencesNoAzureSdkNorPolly() =>
        Assert.DoesNotContain(
            typeof(LanguageClient).Assembly.GetReferencedAssemblies(),
            a => a.Name!.StartsWith("Azure.", StringComparison.Ordinal) || a.Name.StartsWith("Polly", StringComparison.Ordinal) || a.Name.StartsWith("Microsoft.Extensions.Http", StringComparison.Ordinal));
}
