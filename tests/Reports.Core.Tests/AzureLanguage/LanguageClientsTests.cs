using Reports.Adapters.Language;
using Reports.Core.AzureLanguage;

namespace Reports.Core.Tests.AzureLanguage;

/// <summary>Token access is built at the edge (Reports.Adapters owns Azure.Identity); Core alone takes a key only.</summary>
public sealed class LanguageClientsTests
{
    private static readonly AzureLanguageSettings TokenSettings = new()
    {
        Analyzer = AzureLanguageSettings.AzureLanguage,
        Endpoint = new Uri("https://reports-lang.cognitiveservices.azure.com/"),
        Credential = AzureLanguageSettings.ManagedIdentityCredential,
    };

    [Fact]
    public void CoreCreate_WithoutKey_SaysWhereTokenAccessIsBuilt()
    {
        var error = Assert.Throws<InvalidOperationException>(() => LanguageClient.Create(TokenSettings));

        Assert.Contains("LanguageClients.Create", error.Message, StringComparison.Ordinal);
        Assert.Contains(AzureLanguageSettings.KeyName, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AdaptersCreate_WithoutKey_BuildsATokenClientForTheEndpoint()
    {
        using var client = LanguageClients.Create(TokenSettings);

        Assert.Equal(TokenSettings.Endpoint, client.Endpoint);
    }

    [Fact]
    public void CoreAssembly_ReferencesNoAzureSdk() =>
        Assert.DoesNotContain(typeof(LanguageClient).Assembly.GetReferencedAssemblies(), a => a.Name!.StartsWith("Azure.", StringComparison.Ordinal));
}
