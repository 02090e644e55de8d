using Reports.Core.AzureLanguage;

namespace Reports.Core.Tests.AzureLanguage;

public sealed class AzureLanguageSettingsTests
{
    [Fact]
    public void Nothing_IsTheBuiltInAnalyzer()
    {
        var settings = AzureLanguageSettings.From(_ => null);

        Assert.False(settings.UsesService);
        Assert.Equal("builtin", settings.Analyzer);
    }

    [Fact]
    public void AzureLanguage_ReadsEverySetting_InBothSeparatorForms()
    {
        var values = new Dictionary<string, string>
        {
            ["ReportsAnalyzer"] = "Azure-Language",
            ["ReportsLanguage__endpoint"] = "https://reports-lang.cognitiveservices.azure.com/",
            ["ReportsLanguage:key"] = "secret-key",
            ["ReportsLanguage__summary"] = "abstractive",
            ["ReportsLanguage__minimumConfidence"] = "0.6",
            ["ReportsLanguage__timeoutSeconds"] = "12",
            ["ReportsLanguage__budgetSeconds"] = "45",
        };

        var settings = AzureLanguageSettings.From(values.GetValueOrDefault);

        Assert.True(settings.UsesService);
        Assert.Equal(new Uri("https://reports-lang.cognitiveservices.azure.com/"), settings.Endpoint);
        Assert.Equal("secret-key", settings.Key);
        Assert.Equal(SummaryKind.Abstractive, settings.Summary);
        Assert.Equal(0.6, settings.MinimumConfidence);
        Assert.Equal(TimeSpan.FromSeconds(12), settings.Timeout);
        Assert.Equal(TimeSpan.FromSeconds(45), settings.Budget);
        Assert.DoesNotContain("secret-key", settings.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ReportsAnalyzer", "openai", "ReportsAnalyzer 'openai' is not known")]
    [InlineData("ReportsLanguage__endpoint", "", "ReportsLanguage__endpoint is not set")]
    [InlineData("ReportsLanguage__endpoint", "reports-lang.cognitiveservices.azure.com", "is not an absolute http(s) URL")]
    [InlineData("ReportsLanguage__endpoint", "http://reports-lang.cognitiveservices.azure.com", "must use https")]
    [InlineData("ReportsLanguage__endpoint", "https://x.cognitiveservices.azure.com/language/:analyze-text", "without /language")]
    [InlineData("ReportsLanguage__summary", "short", "ReportsLanguage__summary 'short' is not known")]
    [InlineData("ReportsLanguage__minimumConfidence", "80", "ReportsLanguage__minimumConfidence must be a number from 0 to 1")]
    [InlineData("ReportsLanguage__budgetSeconds", "soon", "ReportsLanguage__budgetSeconds must be a number")]
    [InlineData("ReportsLanguage__credential", "password", "ReportsLanguage__credential 'password' is not supported")]
    public void WrongSetting_SaysWhichAndWhat(string name, string value, string expected)
    {
        var values = new Dictionary<string, string>
        {
            ["ReportsAnalyzer"] = "azure-language",
            ["ReportsLanguage__endpoint"] = "https://reports-lang.cognitiveservices.azure.com",
            [name] = value,
        };

        var error = Assert.Throws<FormatException>(() => AzureLanguageSettings.From(values.GetValueOrDefault));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void PlainHttp_IsAcceptedOnLoopback()
    {
        var values = new Dictionary<string, string> { ["ReportsAnalyzer"] = "azure-language", ["ReportsLanguage__endpoint"] = "http://127.0.0.1:5099" };

        Assert.Equal(new Uri("http://127.0.0.1:5099/"), AzureLanguageSettings.From(values.GetValueOrDefault).Endpoint);
    }

    [Fact]
    public void BuiltIn_IgnoresMalformedServiceSettings()
    {
        var values = new Dictionary<string, string> { ["ReportsLanguage__endpoint"] = "not a url", ["ReportsLanguage__budgetSeconds"] = "soon" };

        var settings = AzureLanguageSettings.From(values.GetValueOrDefault);

        Assert.False(settings.UsesService);
        Assert.Null(settings.Endpoint);
    }

    [Fact]
    public void BuiltIn_IgnoresAMissingEndpoint()
    {
        var values = new Dictionary<string, string> { ["ReportsLanguage__key"] = "k" };

        Assert.False(AzureLanguageSettings.From(values.GetValueOrDefault).UsesService);
    }
}
