using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Reports.Deployment.Tests;

/// <summary>
/// Every setting the code reads is declared in local.settings.sample.json and (unless it only matters to the local
/// runner) in the Bicep app settings; nothing is declared that neither the code nor the Functions host reads.
/// The settings the code reads are collected from the code itself: <c>[ConfigurationKeyName("…")]</c> on the option
/// classes, <c>const string … = "Reports…"</c> setting names, the prefixed readers (<c>ReportsStorage__x</c> in
/// BlobStoreSettings, <c>ReportsSmtp__x</c> through SmtpSettings.Read), and <c>%Setting%</c> / <c>Connection</c> in
/// the functions' trigger attributes.
/// </summary>
public sealed partial class ConfigurationContractTests
{
    /// <summary>Settings the Functions host (not the app) reads; allowed in the sample and in Bicep.</summary>
    private static readonly string[] HostSettingPrefixes =
    [
        "FUNCTIONS_WORKER_RUNTIME", // dotnet-isolated (func start; Flex Consumption takes it from functionAppConfig.runtime)
        "AzureWebJobsStorage", // the host's own storage, and its identity-based AzureWebJobsStorage__* form
        "APPLICATIONINSIGHTS_CONNECTION_STRING",
        "APPLICATIONINSIGHTS_AUTHENTICATION_STRING", // Entra ID ingestion with the app's identity
    ];

    /// <summary>Read by the host's blob trigger through <c>connection: ReportsStorage</c>, not by the app.</summary>
    private static readonly string[] HostReadConnectionSettings = ["ReportsStorage__queueServiceUri"];

    /// <summary>Read by the code but not declared anywhere on purpose: an alias of a declared setting.</summary>
    private static readonly string[] Aliases = ["ReportsStorage__blobServiceUri"];

    /// <summary>
    /// Read by the code but deliberately not set in Azure: the local runner's settings (the runner never starts under
    /// the host), the filesystem store, the local write key, and the key-based connection string (Azure uses the
    /// identity-based ReportsStorage__* settings and the storage account has Shared Key access off).
    /// </summary>
    private static readonly string[] LocalOnly =
    [
        "ReportsStorage", "ReportsDataPath", "ReportsApiKey", "ReportsReadKey", "ReportsAllowAnonymousReads", "ReportsAllowAnonymousWrites",
        "ReportsWatchIntervalSeconds", "ReportsWatchConcurrency", "ReportsMaxDeliveryAttempts",
        "ReportsRunWatcher", "ReportsRunTimers",
    ];

    /// <summary>
    /// Secrets read by the code but deliberately not set in Azure, where the identity replaces them: the Azure AI
    /// Language key (Azure uses ReportsLanguage__credential=managedidentity with the Cognitive Services User role, and
    /// infra/app/language.bicep turns the account's local auth off, so a key would not even work).
    /// </summary>
    private static readonly string[] KeyOnlyLocally = ["ReportsLanguage__key"];

    [Fact]
    public void CodeSettings_AreFound()
    {
        var read = SettingsTheCodeReads();
        // A guard against a regex that silently stops matching.
        foreach (var name in new[]
                 {
                     "ReportsStorage", "ReportsStorage__serviceUri", "ReportsStorage__clientId", "ReportsApiKey",
                     "ReportsBriefingSchedule", "ReportsUnsubscribeSecret", "ReportsPublicBaseUrl",
                     "ReportsSmtp__Host", "ReportsSmtp__Password", "ReportsSmtp__FromName", "ReportsStoreTimeoutSeconds",
                     "ReportsAnalyzer", "ReportsLanguage__endpoint", "ReportsLanguage__key",
                 })
        {
            Assert.Contains(name, read);
        }

        Assert.True(read.Count >= 30, string.Join(", ", read));
    }

    [Fact]
    public void EverySettingTheCodeReads_IsInTheSample()
    {
        var missing = SettingsTheCodeReads().Except(Aliases).Except(SampleSettings()).Order(StringComparer.Ordinal).ToArray();
        Assert.True(missing.Length == 0, "not in local.settings.sample.json: " + string.Join(", ", missing));
    }

    [Fact]
    public void EverySampleSetting_IsReadByTheCodeOrTheHost()
    {
        var read = SettingsTheCodeReads();
        var unread = SampleSettings().Where(s => !read.Contains(s) && !IsHostSetting(s)).ToArray();
        Assert.True(unread.Length == 0, "declared in the sample but read by nothing: " + string.Join(", ", unread));
    }

    [Fact]
    public void EverySampleSetting_IsExplained()
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(RepoPaths.Combine("local.settings.sample.json")));
        var comments = doc.RootElement.GetProperty("_comments").EnumerateObject().Select(p => p.Name).ToHashSet();
        var unexplained = SampleSettings().Where(s => !comments.Contains(s)).ToArray();
        Assert.True(unexplained.Length == 0, "no _comments entry: " + string.Join(", ", unexplained));
    }

    [Fact]
    public void EverySettingTheCodeReads_IsInTheBicepAppSettings_UnlessLocalOnly()
    {
        var missing = SettingsTheCodeReads().Except(Aliases).Except(LocalOnly).Except(KeyOnlyLocally).Except(BicepAppSettings())
            .Order(StringComparer.Ordinal).ToArray();
        Assert.True(missing.Length == 0, "not in the Bicep app settings: " + string.Join(", ", missing));
    }

    [Fact]
    public void EveryBicepAppSetting_IsReadByTheCodeOrTheHost()
    {
        var read = SettingsTheCodeReads();
        var unread = BicepAppSettings()
            .Where(s => !read.Contains(s) && !IsHostSetting(s) && !HostReadConnectionSettings.Contains(s)).ToArray();
        Assert.True(unread.Length == 0, "declared in Bicep but read by nothing: " + string.Join(", ", unread));
    }

    [Fact]
    public void BicepAppSettings_UseIdentityNotKeys()
    {
        var settings = BicepAppSettings();
        Assert.DoesNotContain("ReportsStorage", settings);
        Assert.DoesNotContain("AzureWebJobsStorage", settings);
        Assert.DoesNotContain("FUNCTIONS_WORKER_RUNTIME", settings); // not allowed on Flex Consumption
        Assert.Contains("ReportsStorage__credential", settings);
        Assert.Contains("AzureWebJobsStorage__credential", settings);
        var text = string.Concat(Directory.EnumerateFiles(RepoPaths.Combine("infra"), "*.bicep", SearchOption.AllDirectories).Select(File.ReadAllText));
        Assert.DoesNotContain("AccountKey", text, StringComparison.Ordinal);
        Assert.DoesNotContain("listKeys(storage", text, StringComparison.OrdinalIgnoreCase);
        Assert.Matches(@"ReportsSmtp__Password:\s*'@Microsoft\.KeyVault\(SecretUri=", BicepAppSettingsBlock());
        Assert.Matches(@"ReportsUnsubscribeSecret:\s*'@Microsoft\.KeyVault\(SecretUri=", BicepAppSettingsBlock());
    }

    [Fact]
    public void AzureLanguage_UsesTheIdentityInAzure_NeverAKey()
    {
        var settings = BicepAppSettings();
        foreach (var name in KeyOnlyLocally)
        {
            Assert.DoesNotContain(name, settings);
            Assert.Contains(name, SettingsTheCodeReads());
        }

        var block = BicepAppSettingsBlock();
        Assert.Matches(@"ReportsLanguage__credential:\s*'managedidentity'", block);
        Assert.Matches(@"ReportsLanguage__clientId:\s*identityClientId\s", block);
        Assert.Matches(@"ReportsAnalyzer:\s*analyzer\s", block);
        Assert.Matches(@"ReportsLanguage__endpoint:\s*languageEndpoint\s", block);
    }

    [Fact]
    public void AzureLanguageBudget_StaysBelowTheClaimLease()
    {
        // The sample and the Bicep defaults: a batch's service work must end before another delivery may take the claim.
        using var doc = JsonDocument.Parse(File.ReadAllText(RepoPaths.Combine("local.settings.sample.json")));
        var values = doc.RootElement.GetProperty("Values");
        Assert.True(
            int.Parse(values.GetProperty("ReportsLanguage__budgetSeconds").GetString()!, CultureInfo.InvariantCulture)
            < int.Parse(values.GetProperty("ReportsClaimLeaseSeconds").GetString()!, CultureInfo.InvariantCulture));
        Assert.Equal("builtin", values.GetProperty("ReportsAnalyzer").GetString());
        Assert.Equal(string.Empty, values.GetProperty("ReportsLanguage__key").GetString());

        var functionApp = File.ReadAllText(RepoPaths.Combine("infra", "app", "functionapp.bicep"));
        var budget = int.Parse(Regex.Match(functionApp, @"^param languageBudgetSeconds int = (\d+)", RegexOptions.Multiline).Groups[1].Value, CultureInfo.InvariantCulture);
        var lease = int.Parse(Regex.Match(BicepAppSettingsBlock(), @"ReportsClaimLeaseSeconds:\s*'(\d+)'").Groups[1].Value, CultureInfo.InvariantCulture);
        Assert.True(budget < lease, $"languageBudgetSeconds {budget} is not below ReportsClaimLeaseSeconds {lease}");
    }

    [Fact]
    public void DailyBriefingSchedule_IsSetInAzure()
    {
        // The host cannot index a timer whose %Setting% does not exist.
        Assert.Contains("ReportsBriefingSchedule", BicepAppSettings());
    }

    private static bool IsHostSetting(string name) =>
        HostSettingPrefixes.Any(p => name == p || name.StartsWith(p + "__", StringComparison.Ordinal));

    internal static HashSet<string> SettingsTheCodeReads()
    {
        var read = new HashSet<string>(StringComparer.Ordinal);
        var root = RepoPaths.Combine("functions");
        foreach (var file in SourceFiles(root, "*.cs"))
        {
            var text = File.ReadAllText(file);
            foreach (Match m in KeyNameAttribute().Matches(text))
            {
                read.Add(m.Groups[1].Value);
            }

            foreach (Match m in SettingConstant().Matches(text))
            {
                // ReportsSmtp is only a prefix (ReportsSmtp__Host, ...), collected below.
                if (m.Groups[1].Value != "ReportsSmtp")
                {
                    read.Add(m.Groups[1].Value);
                }
            }

            var smtpReads = Path.GetFileName(file) == "SmtpSettings.cs" ? SmtpReadInside() : SmtpReadElsewhere();
            foreach (Match m in smtpReads.Matches(text))
            {
                read.Add("ReportsSmtp__" + m.Groups[1].Value);
            }

            if (Path.GetFileName(file) == "BlobStoreSettings.cs")
            {
                foreach (Match m in StorageRead().Matches(text))
                {
                    read.Add("ReportsStorage__" + m.Groups[1].Value);
                }
            }
        }

        foreach (var file in SourceFiles(RepoPaths.Combine("functions", "Reports.Functions"), "*Function.cs"))
        {
            var text = File.ReadAllText(file);
            foreach (Match m in PercentSetting().Matches(text))
            {
                read.Add(m.Groups[1].Value);
            }

            foreach (Match m in Connection().Matches(text))
            {
                read.Add(m.Groups[1].Value);
            }
        }

        return read;
    }

    private static IEnumerable<string> SourceFiles(string root, string pattern) =>
        Directory.EnumerateFiles(root, pattern, SearchOption.AllDirectories)
            .Where(f => !f.Split(Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj"));

    private static HashSet<string> SampleSettings()
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(RepoPaths.Combine("local.settings.sample.json")));
        return doc.RootElement.GetProperty("Values").EnumerateObject().Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
    }

    private static string BicepAppSettingsBlock()
    {
        var blocks = Directory.EnumerateFiles(RepoPaths.Combine("infra", "app"), "*.bicep")
            .Select(File.ReadAllText)
            .Select(t => AppSettingsBlock().Match(t))
            .Where(m => m.Success)
            .Select(m => m.Groups[1].Value)
            .ToArray();
        return Assert.Single(blocks);
    }

    private static HashSet<string> BicepAppSettings()
    {
        var names = BicepSettingName().Matches(BicepAppSettingsBlock()).Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(names.Count, names.Distinct(StringComparer.Ordinal).Count());
        return names.ToHashSet(StringComparer.Ordinal);
    }

    [GeneratedRegex("""ConfigurationKeyName\("([A-Za-z0-9_]+)"\)""")]
    private static partial Regex KeyNameAttribute();

    [GeneratedRegex("""const string \w+ = "(Reports[A-Za-z0-9_]*)";""")]
    private static partial Regex SettingConstant();

    [GeneratedRegex("""(?:Smtp|Mail)Settings\.Read\(\w+, "(\w+)"\)""")]
    private static partial Regex SmtpReadElsewhere();

    [GeneratedRegex("""\bRead\(setting, "(\w+)"\)""")]
    private static partial Regex SmtpReadInside();

    [GeneratedRegex("""\bRead\("(\w+)"\)""")]
    private static partial Regex StorageRead();

    [GeneratedRegex("%([A-Za-z0-9_]+)%")]
    private static partial Regex PercentSetting();

    [GeneratedRegex("\\bConnection\\s*=\\s*\"([A-Za-z0-9_]+)\"")]
    private static partial Regex Connection();

    [GeneratedRegex(@"// app-settings:begin(.*?)// app-settings:end", RegexOptions.Singleline)]
    private static partial Regex AppSettingsBlock();

    [GeneratedRegex(@"^\s*([A-Za-z_][A-Za-z0-9_]*)\s*:", RegexOptions.Multiline)]
    private static partial Regex BicepSettingName();
}
